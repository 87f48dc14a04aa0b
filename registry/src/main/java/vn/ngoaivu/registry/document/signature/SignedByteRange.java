package vn.ngoaivu.registry.document.signature;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A signature's /ByteRange {@code [0 a b c]}, checked against the file: the signed bytes are {@code [0, a)} and
 * {@code [b, b + c)}; the gap {@code [a, b)} must be exactly the hexadecimal string {@code <...>} that holds the
 * signature, so that nothing else in the file escapes the signature.
 */
final class SignedByteRange {

    private final int gapStart;
    private final int gapEnd;
    private final int end;

    private SignedByteRange(int gapStart, int gapEnd, int end) {
        this.gapStart = gapStart;
        this.gapEnd = gapEnd;
        this.end = end;
    }

    /** Empty when {@code range} is not a well-formed byte range of {@code pdf} around a hex string. */
    static Optional<SignedByteRange> of(int[] range, byte[] pdf) {
        if (range == null || range.length != 4 || range[0] != 0) {
            return Optional.empty();
        }
        long gapStart = range[1];
        long gapEnd = range[2];
        long end = gapEnd + range[3];
        if (gapStart <= 0 || gapEnd < gapStart + 2 || range[3] < 0 || end > pdf.length) {
            return Optional.empty();
        }
        if (pdf[(int) gapStart] != '<' || pdf[(int) gapEnd - 1] != '>') {
            return Optional.empty();
        }
        for (int i = (int) gapStart + 1; i < gapEnd - 1; i++) {
            if (Character.digit(pdf[i], 16) < 0) {
                return Optional.empty();
            }
        }
        if ((gapEnd - gapStart - 2) % 2 != 0) {
            return Optional.empty();
        }
        return Optional.of(new SignedByteRange((int) gapStart, (int) gapEnd, (int) end));
    }

    /** The bytes the signature signs. */
    byte[] signedBytes(byte[] pdf) {
        byte[] signed = new byte[gapStart + (end - gapEnd)];
        System.arraycopy(pdf, 0, signed, 0, gapStart);
        System.arraycopy(pdf, gapEnd, signed, gapStart, end - gapEnd);
        return signed;
    }

    /** The gap's hex string decoded: the signature's /Contents as written in the file. */
    byte[] contents(byte[] pdf) {
        return HexFormat.of().parseHex(new String(Arrays.copyOfRange(pdf, gapStart + 1, gapEnd - 1),
                StandardCharsets.US_ASCII));
    }

    /**
     * Nothing but white space follows the signed bytes. (Some tools end a file with a line break after the signed
     * %%EOF; white space after %%EOF cannot change what the document shows.)
     */
    boolean coversWholeFile(byte[] pdf) {
        for (int i = end; i < pdf.length; i++) {
            if (!isPdfWhiteSpace(pdf[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPdfWhiteSpace(byte b) {
        return b == 0 || b == '\t' || b == '\n' || b == '\f' || b == '\r' || b == ' ';
    }
}
