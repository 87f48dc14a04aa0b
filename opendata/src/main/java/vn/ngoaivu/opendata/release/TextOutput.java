package vn.ngoaivu.opendata.release;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** The UTF-8 text writer the hand-written formats use; buffered so that small writes cost little. */
final class TextOutput {

    private static final int BUFFER_CHARS = 1 << 16;

    private TextOutput() {
    }

    /** A buffered UTF-8 writer over {@code out}; flush it when done, never close it (the stream is not ours). */
    static Writer utf8(OutputStream out) {
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), BUFFER_CHARS);
    }
}
