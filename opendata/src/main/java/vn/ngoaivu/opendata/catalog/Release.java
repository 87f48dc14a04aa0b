package vn.ngoaivu.opendata.catalog;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A published release of a dataset, as the release writer made it: what the catalog describes of it.
 *
 * @param datasetId     the dataset's id
 * @param number        1, 2, 3… in the dataset's series
 * @param issued        when it was published
 * @param distributions one per format written
 */
public record Release(String datasetId, int number, Instant issued, List<Distribution> distributions) {

    /**
     * One file of a release.
     *
     * @param byteSize    the file's size in bytes
     * @param sha256      the file's SHA-256, 64 lower-case hexadecimal digits
     * @param downloadUrl where the file is served
     */
    public record Distribution(DistributionFormat format, long byteSize, String sha256, URI downloadUrl) {
        private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

        public Distribution {
            Objects.requireNonNull(format);
            Objects.requireNonNull(downloadUrl);
            if (byteSize < 0 || !SHA256.matcher(sha256).matches()) {
                throw new IllegalArgumentException("a distribution has a size >= 0 and a lower-case hex SHA-256");
            }
        }
    }

    public Release {
        Objects.requireNonNull(datasetId);
        Objects.requireNonNull(issued);
        if (number < 1) {
            throw new IllegalArgumentException("release numbers start at 1");
        }
        distributions = List.copyOf(distributions);
    }
}
