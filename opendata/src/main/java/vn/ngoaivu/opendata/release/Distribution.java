package vn.ngoaivu.opendata.release;

import java.util.Objects;

/**
 * One written file of a release, as the catalog describes it.
 *
 * @param format    what the file is
 * @param mediaType its media type (the format's)
 * @param fileName  its name inside the release directory
 * @param byteSize  its size in bytes
 * @param sha256    the SHA-256 of its bytes, lower-case hex
 * @param count     triples for an RDF format, rows for CSV and JSON, 0 for the context and CSVW metadata
 */
public record Distribution(DistributionFormat format, String mediaType, String fileName, long byteSize, String sha256,
                           long count) {

    public Distribution {
        Objects.requireNonNull(format);
        Objects.requireNonNull(mediaType);
        Objects.requireNonNull(fileName);
        Objects.requireNonNull(sha256);
    }
}
