package vn.ngoaivu.simulator.documents;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A sample document as the simulator serves it: its signed PDF, the PDF's SHA-256 and the metadata XML that names
 * that digest.
 */
public record PublishedDocument(SampleDocument document, byte[] pdf, String sha256Hex, String metadataXml) {

    public static PublishedDocument of(SampleDocument document, byte[] pdf) {
        String digest = sha256Hex(pdf);
        return new PublishedDocument(document, pdf.clone(), digest, EdXmlMetadata.render(document, digest));
    }

    public String exchangeId() {
        return document.exchangeId();
    }

    /** A copy: the record must not hand out its array. */
    @Override
    public byte[] pdf() {
        return pdf.clone();
    }

    static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
