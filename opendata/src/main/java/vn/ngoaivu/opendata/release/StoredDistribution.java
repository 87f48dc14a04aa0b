package vn.ngoaivu.opendata.release;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file of a written release, for serving: its catalog entry (size, media type, SHA-256 for an ETag) and where
 * it is on disk (read-only, never changed, so ranges of it can be served from the path directly).
 */
public record StoredDistribution(Distribution distribution, Path path) {

    public StoredDistribution {
        Objects.requireNonNull(distribution);
        Objects.requireNonNull(path);
    }
}
