package vn.ngoaivu.opendata.release;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Writes one file of a release from a {@link ReleaseSource}, streaming: memory use does not grow with the
 * dataset (at most one subject's triples or one row are held at a time).
 */
public interface DistributionWriter {

    DistributionFormat format();

    /**
     * Writes the file's content to {@code out} (flushed, not closed) and returns how many triples or rows it
     * holds (0 for a file that describes others).
     */
    long writeContent(ReleaseSource source, OutputStream out) throws IOException;

    /**
     * Writes the file to {@code out} (flushed, not closed), measuring its size and SHA-256 on the way.
     *
     * @throws IOException when {@code out} fails, also when it fails inside a source's callback
     */
    default Distribution write(ReleaseSource source, OutputStream out) throws IOException {
        ChecksumOutputStream checked = new ChecksumOutputStream(out);
        long count;
        try {
            count = writeContent(source, checked);
        } catch (UncheckedIOException e) {
            // Sources push into callbacks that cannot throw IOException: they carry it out unchecked.
            throw e.getCause();
        }
        checked.flush();
        DistributionFormat format = format();
        return new Distribution(format, format.mediaType(), format.fileName(), checked.byteCount(),
                checked.sha256Hex(), count);
    }
}
