package vn.ngoaivu.simulator.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

import vn.ngoaivu.simulator.pki.TestCredential;

/**
 * Small TEST PDFs, signed the way Vietnamese signing tools sign (PAdES baseline: a detached CMS signature, SHA-256,
 * subFilter {@code adbe.pkcs7.detached}), and the ways of spoiling them a verifier must notice. Every page says
 * {@value #BANNER}.
 */
public final class SignedPdfs {

    /** First line of every page; {@link #tampered} turns its "TEST" into "REAL". */
    public static final String BANNER = "NGOAIVU SIMULATOR - TEST DOCUMENT";

    private SignedPdfs() {
    }

    /**
     * A one-page PDF with the banner, the title and the lines. The standard fonts cannot draw Vietnamese letters, so
     * the text is written without diacritics ("Sở Ngoại vụ" becomes "So Ngoai vu"). The page content is left
     * uncompressed so that its text can be found (and tampered with) in the file's bytes.
     */
    public static byte[] unsigned(String title, List<String> lines) {
        try (PDDocument document = new PDDocument()) {
            addTextPage(document, title, lines);
            document.getDocumentInformation().setTitle(ascii(title));
            document.getDocumentInformation().setProducer("ngoaivu-simulator");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@link #unsigned} then {@link #sign}. */
    public static byte[] signed(TestCredential signer, Instant signingTime, String title, List<String> lines) {
        return sign(unsigned(title, lines), signer, signingTime);
    }

    /**
     * Signs {@code pdf} in an incremental update: a signature dictionary (/M = {@code signingTime}) whose /Contents
     * is a detached CMS SignedData over the /ByteRange, SHA-256, with the signer's certificate chain and the
     * signed attributes contentType, messageDigest and signingTime = {@code signingTime} (any instant, also one in
     * the past or after the certificate ran out).
     */
    public static byte[] sign(byte[] pdf, TestCredential signer, Instant signingTime) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED);
            signature.setName(signer.commonName());
            signature.setReason("Ky ban hanh (SIMULATOR)");
            signature.setSignDate(GregorianCalendar.from(signingTime.atZone(ZoneOffset.UTC)));
            document.addSignature(signature);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ExternalSigningSupport external = document.saveIncrementalForExternalSigning(out);
            external.setSignature(detachedCms(external.getContent().readAllBytes(), signer, signingTime));
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy where the banner reads "REAL DOCUMENT": same length, still a PDF, but no longer what was signed. */
    public static byte[] tampered(byte[] signedPdf) {
        return replaceOnce(signedPdf, "TEST DOCUMENT", "REAL DOCUMENT");
    }

    /**
     * A copy with the first occurrence of {@code from} replaced by {@code to} (ASCII, same length, so every offset
     * in the file stays right).
     */
    public static byte[] replaceOnce(byte[] pdf, String from, String to) {
        byte[] needle = from.getBytes(StandardCharsets.US_ASCII);
        byte[] replacement = to.getBytes(StandardCharsets.US_ASCII);
        if (needle.length != replacement.length || needle.length == 0) {
            throw new IllegalArgumentException("from and to must be non-empty and of the same length");
        }
        int at = indexOf(pdf, needle);
        if (at < 0) {
            throw new IllegalArgumentException("'" + from + "' is not in the file");
        }
        byte[] copy = pdf.clone();
        System.arraycopy(replacement, 0, copy, at, replacement.length);
        return copy;
    }

    /**
     * The signed file plus an incremental update that adds a page ("ADDED AFTER SIGNING"): every earlier byte,
     * and so the signature, stays intact, but the signature no longer covers the whole file.
     */
    public static byte[] withIncrementalUpdate(byte[] signedPdf) {
        try (PDDocument document = Loader.loadPDF(signedPdf)) {
            PDPage page = addTextPage(document, "ADDED AFTER SIGNING", List.of("This page is not covered by the signature."));
            // An incremental save writes only what is flagged: the new page and the page tree that now lists it.
            page.getCOSObject().setNeedToBeUpdated(true);
            document.getPages().getCOSObject().setNeedToBeUpdated(true);
            document.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code text} without diacritics (đ → d), what the standard PDF fonts can draw. */
    public static String ascii(String text) {
        String folded = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return folded.replaceAll("[^\\x20-\\x7E]", "?");
    }

    /**
     * Adds a page whose content stream is written by hand: text in Helvetica, a standard font that is referenced but
     * not embedded. (PDFBox's PDType1Font would look for a matching system font to draw with, slowly and noisily,
     * though nothing is drawn here.)
     */
    private static PDPage addTextPage(PDDocument document, String title, List<String> lines) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        COSDictionary fonts = new COSDictionary();
        fonts.setItem(COSName.getPDFName("F1"), standardFont("Helvetica"));
        fonts.setItem(COSName.getPDFName("F2"), standardFont("Helvetica-Bold"));
        COSDictionary resources = new COSDictionary();
        resources.setItem(COSName.FONT, fonts);
        page.setResources(new PDResources(resources));

        StringBuilder text = new StringBuilder("BT\n/F2 10 Tf\n50 800 Td\n").append(literal(BANNER)).append(" Tj\n")
                .append("/F2 14 Tf\n0 -30 Td\n").append(literal(ascii(title))).append(" Tj\n/F1 11 Tf\n");
        for (String line : lines) {
            text.append("0 -18 Td\n").append(literal(ascii(line))).append(" Tj\n");
        }
        text.append("ET\n");
        PDStream content = new PDStream(document);
        try (OutputStream out = content.createOutputStream()) {   // no filter: the text stays readable in the file
            out.write(text.toString().getBytes(StandardCharsets.US_ASCII));
        }
        page.setContents(content);
        document.addPage(page);
        return page;
    }

    private static COSDictionary standardFont(String baseFont) {
        COSDictionary font = new COSDictionary();
        font.setItem(COSName.TYPE, COSName.FONT);
        font.setItem(COSName.SUBTYPE, COSName.TYPE1);
        font.setItem(COSName.BASE_FONT, COSName.getPDFName(baseFont));
        font.setItem(COSName.ENCODING, COSName.WIN_ANSI_ENCODING);
        return font;
    }

    /** A PDF literal string: ( ) and \\ escaped. */
    private static String literal(String ascii) {
        return "(" + ascii.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")";
    }

    private static byte[] detachedCms(byte[] signedContent, TestCredential signer, Instant signingTime) {
        try {
            String algorithm = "EC".equals(signer.privateKey().getAlgorithm()) ? "SHA256withECDSA" : "SHA256withRSA";
            // Our own signingTime attribute; the generator adds contentType and messageDigest and keeps ours.
            AttributeTable signedAttributes = new AttributeTable(new Attribute(CMSAttributes.signingTime,
                    new DERSet(new Time(Date.from(signingTime)))));
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(signedAttributes))
                    .build(new JcaContentSignerBuilder(algorithm).build(signer.privateKey()), signer.certificate()));
            generator.addCertificates(new JcaCertStore(signer.chain()));
            return generator.generate(new CMSProcessableByteArray(signedContent), false).getEncoded();
        } catch (GeneralSecurityException | OperatorCreationException | CMSException | IOException e) {
            throw new IllegalStateException("cannot sign the test PDF", e);
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
