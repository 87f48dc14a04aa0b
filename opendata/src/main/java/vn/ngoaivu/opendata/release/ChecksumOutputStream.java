package vn.ngoaivu.opendata.release;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Passes bytes through while counting them and computing their SHA-256, so that a distribution's size and
 * checksum come from the bytes actually written, in the same pass (a file is never read back to hash it).
 * Closing it does not close the stream it wraps: that stream is its owner's.
 */
final class ChecksumOutputStream extends FilterOutputStream {

    private final MessageDigest sha256;
    private long byteCount;

    ChecksumOutputStream(OutputStream out) {
        super(out);
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
        sha256.update((byte) b);
        byteCount++;
    }

    // FilterOutputStream's own version writes byte by byte.
    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        out.write(bytes, offset, length);
        sha256.update(bytes, offset, length);
        byteCount += length;
    }

    @Override
    public void close() throws IOException {
        flush();
    }

    long byteCount() {
        return byteCount;
    }

    /** The SHA-256 of everything written, in lower-case hex; call once, after the last write. */
    String sha256Hex() {
        return HexFormat.of().formatHex(sha256.digest());
    }
}
