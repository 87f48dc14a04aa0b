package vn.ngoaivu.opendata.release;

import java.util.Objects;

/**
 * Where releases are published on the web: {@code {base}{dataset}/{number}/{file}} for a release's files, and
 * {@code {base}{dataset}/latest/{file}} for the newest release's, the stable URL the gateway answers from
 * {@link ReleaseStore#latest(String)}. Files refer to each other by these URLs (the JSON-LD to its context), so
 * they are fixed when a release is written.
 *
 * @param base absolute URL ending with '/', e.g. {@code https://ngoaivu.thanhhoa.gov.vn/data/}
 */
public record ReleaseUrls(String base) {

    public ReleaseUrls {
        Objects.requireNonNull(base, "base");
        if (!base.endsWith("/") || !(base.startsWith("https://") || base.startsWith("http://"))) {
            throw new IllegalArgumentException("Release base URL must be absolute http(s) and end with '/': " + base);
        }
    }

    /** The URL of a file of one release. */
    public String file(String datasetId, int number, String fileName) {
        return base + datasetId + '/' + number + '/' + fileName;
    }

    /** The stable URL of a file of the dataset's newest release. */
    public String latest(String datasetId, String fileName) {
        return base + datasetId + "/latest/" + fileName;
    }
}
