package vn.ngoaivu.registry.document.signature;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.ngoaivu.registry.document.signature.SignatureCheck.Signature;
import vn.ngoaivu.simulator.pdf.SignedPdfs;
import vn.ngoaivu.simulator.pki.TestCredential;
import vn.ngoaivu.simulator.pki.TestPki;

class PdfSignatureVerifierTest {

    private static final Instant NOW = Instant.parse("2026-01-15T03:00:00Z");
    private static final Instant SIGNED_AT = Instant.parse("2025-03-01T02:00:00Z");
    private static final List<String> LINES = List.of("Sở Ngoại vụ tỉnh Mẫu", "Số: 600/KH-SNgV");

    private static TestPki pki;
    private static PdfSignatureVerifier verifier;
    private static byte[] validPdf;

    @BeforeAll
    static void setUp() {
        pki = TestPki.generate();
        verifier = new PdfSignatureVerifier(TrustedCertificates.of(List.of(pki.trustedCa().certificate())),
                Clock.fixed(NOW, ZoneOffset.UTC));
        validPdf = sign(pki.validSigner(), SIGNED_AT);
    }

    @Test
    void aSignatureOfATrustedSignerOverTheWholeFileIsValid() {
        SignatureCheck check = verifier.verify(validPdf);

        assertEquals(SignatureOutcome.VALID, check.outcome());
        assertEquals(NOW, check.checkedAt());
        assertEquals(1, check.signatures().size());
        Signature signature = check.signatures().getFirst();
        assertEquals(SignatureOutcome.VALID, signature.outcome());
        assertEquals(Optional.of("Nguyễn Văn An"), signature.signerName());
        assertEquals(Optional.of(pki.validSigner().certificate().getSerialNumber().toString(16)
                .toUpperCase(Locale.ROOT)), signature.certificateSerial());
        assertEquals(Optional.of(SIGNED_AT), signature.signingTime());
        assertEquals("Chữ ký số hợp lệ", signature.reason().vi());
        assertEquals("The digital signature is valid", signature.reason().en());
        assertEquals(signature.reason(), check.reason());
    }

    @Test
    void aSignatureMadeWhileTheCertificateWasValidStaysValidAfterItExpires() {
        SignatureCheck check = verifier.verify(sign(pki.expiredSigner(), Instant.parse("2021-06-01T02:00:00Z")));

        assertEquals(SignatureOutcome.VALID, check.outcome());
        assertEquals(Optional.of(TestPki.EXPIRED_SIGNER_NAME), check.signatures().getFirst().signerName());
    }

    @Test
    void changedBytesMakeItModified() {
        SignatureCheck check = verifier.verify(SignedPdfs.tampered(validPdf));

        assertEquals(SignatureOutcome.MODIFIED, check.outcome());
        Signature signature = check.signatures().getFirst();
        assertEquals(SignatureOutcome.MODIFIED, signature.outcome());
        assertEquals(Optional.of("Nguyễn Văn An"), signature.signerName());   // who claims to have signed
        assertTrue(signature.reason().en().contains("changed after signing"), signature.reason().en());
    }

    @Test
    void aChangedSignatureValueMakesItModified() {
        // The CMS ends with the signature value: change the low hex digit of its last byte. The messageDigest still
        // matches the signed bytes; the signature over the signed attributes does not.
        int start = contentsStart(validPdf);
        String hex = new String(validPdf, StandardCharsets.ISO_8859_1);
        byte[] cms = HexFormat.of().parseHex(hex, start, hex.indexOf('>', start));
        int lastDigit = start + 2 * (derLength(cms) - 1) + 1;
        byte[] changed = validPdf.clone();
        changed[lastDigit] = (byte) (changed[lastDigit] == '1' ? '2' : '1');

        assertEquals(SignatureOutcome.MODIFIED, verifier.verify(changed).outcome());
    }

    @Test
    void aSignerOfAnotherCaIsUntrusted() {
        SignatureCheck check = verifier.verify(sign(pki.untrustedSigner(), SIGNED_AT));

        assertEquals(SignatureOutcome.UNTRUSTED, check.outcome());
        Signature signature = check.signatures().getFirst();
        assertEquals(Optional.of("Lê Văn Cường"), signature.signerName());
        assertEquals("The certificate was not issued by a trusted certification authority", signature.reason().en());
    }

    @Test
    void aCaThatOnlyBorrowsTheTrustedCasNameIsUntrusted() {
        TestCredential impostorCa = TestPki.rootCa(TestPki.TRUSTED_CA_DN, TestPki.utc(2015, 1, 1),
                TestPki.utc(2045, 1, 1));
        TestCredential impostor = TestPki.signer(impostorCa, TestPki.VALID_SIGNER_DN, TestPki.utc(2020, 1, 1),
                TestPki.utc(2040, 1, 1));

        SignatureCheck check = verifier.verify(sign(impostor, SIGNED_AT));

        assertEquals(SignatureOutcome.UNTRUSTED, check.outcome());
        assertEquals("The certificate chain is not valid", check.reason().en());
    }

    @Test
    void theCasOwnKeyMayNotSignDocuments() {
        SignatureCheck check = verifier.verify(sign(pki.trustedCa(), SIGNED_AT));

        assertEquals(SignatureOutcome.UNTRUSTED, check.outcome());
        assertEquals("The certificate may not be used to sign documents", check.reason().en());
    }

    @Test
    void aSignatureMadeAfterTheCertificateExpiredIsCertificateExpired() {
        Instant signedAt = Instant.parse("2025-06-30T02:00:00Z");
        SignatureCheck check = verifier.verify(sign(pki.expiredSigner(), signedAt));

        assertEquals(SignatureOutcome.CERTIFICATE_EXPIRED, check.outcome());
        Signature signature = check.signatures().getFirst();
        assertEquals(Optional.of(signedAt), signature.signingTime());
        assertEquals(Optional.of(TestPki.EXPIRED_SIGNER_NAME), signature.signerName());
        assertEquals("Chứng thư số đã hết hạn hoặc chưa có hiệu lực tại thời điểm ký", signature.reason().vi());
    }

    @Test
    void aSignatureMadeBeforeTheCertificateWasIssuedIsCertificateExpired() {
        SignatureCheck check = verifier.verify(sign(pki.validSigner(), Instant.parse("2019-06-01T00:00:00Z")));

        assertEquals(SignatureOutcome.CERTIFICATE_EXPIRED, check.outcome());
    }

    @Test
    void aPdfWithoutSignatureIsNotSigned() {
        SignatureCheck check = verifier.verify(SignedPdfs.unsigned("Thông báo", LINES));

        assertEquals(SignatureOutcome.NOT_SIGNED, check.outcome());
        assertEquals(List.of(), check.signatures());
        assertEquals("The PDF has no digital signature", check.reason().en());
    }

    @Test
    void whatIsNoPdfIsNotAPdf() {
        assertEquals(SignatureOutcome.NOT_A_PDF, verifier.verify(new byte[0]).outcome());
        assertEquals(SignatureOutcome.NOT_A_PDF, verifier.verify(null).outcome());
        assertEquals(SignatureOutcome.NOT_A_PDF,
                verifier.verify("<html>không phải PDF</html>".getBytes(StandardCharsets.UTF_8)).outcome());
        assertEquals(SignatureOutcome.NOT_A_PDF,
                verifier.verify("%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)).outcome());
        byte[] noise = new byte[100_000];
        new Random(7).nextBytes(noise);
        assertEquals(SignatureOutcome.NOT_A_PDF, verifier.verify(noise).outcome());
    }

    @Test
    void aTruncatedPdfIsNotAPdf() {
        SignatureCheck check = verifier.verify(Arrays.copyOf(validPdf, validPdf.length / 2));

        assertEquals(SignatureOutcome.NOT_A_PDF, check.outcome());
        assertEquals("Not a PDF file, or an incomplete (truncated) one", check.reason().en());
    }

    @Test
    void aFileOverTheLimitIsNotParsed() {
        byte[] huge = Arrays.copyOf(validPdf, PdfSignatureVerifier.MAX_PDF_BYTES + 1);

        SignatureCheck check = verifier.verify(huge);

        assertEquals(SignatureOutcome.NOT_A_PDF, check.outcome());
        assertTrue(check.reason().en().contains("50 MB"), check.reason().en());
    }

    @Test
    void anIncrementalUpdateAfterSigningIsNotCovered() {
        SignatureCheck check = verifier.verify(SignedPdfs.withIncrementalUpdate(validPdf));

        assertEquals(SignatureOutcome.NOT_COVERING_WHOLE_FILE, check.outcome());
        Signature signature = check.signatures().getFirst();
        assertEquals(SignatureOutcome.NOT_COVERING_WHOLE_FILE, signature.outcome());
        assertEquals(Optional.of("Nguyễn Văn An"), signature.signerName());
        assertEquals(Optional.of(SIGNED_AT), signature.signingTime());
    }

    @Test
    void bytesAppendedAfterSigningAreNotCoveredButTrailingWhiteSpaceIs() {
        assertEquals(SignatureOutcome.NOT_COVERING_WHOLE_FILE,
                verifier.verify(append(validPdf, "% added later\n%%EOF\n")).outcome());
        assertEquals(SignatureOutcome.VALID, verifier.verify(append(validPdf, "\r\n")).outcome());
    }

    @Test
    void aByteRangeReachingPastTheEndIsModified() {
        // Cut inside the signed part after the signature, then make the tail look like a PDF's again: the
        // byte range now reaches past the end of the file.
        byte[] cut = append(Arrays.copyOf(validPdf, validPdf.length - 40), "\n%%EOF\n");

        SignatureOutcome outcome = verifier.verify(cut).outcome();

        assertEquals(SignatureOutcome.MODIFIED, outcome);
    }

    @Test
    void aSecondSignatureOverALaterRevisionKeepsBothValid() {
        byte[] countersigned = SignedPdfs.sign(validPdf, pki.validSigner(), SIGNED_AT.plusSeconds(3600));

        SignatureCheck check = verifier.verify(countersigned);

        assertEquals(SignatureOutcome.VALID, check.outcome());
        assertEquals(2, check.signatures().size());
        assertTrue(check.signatures().stream().allMatch(s -> s.outcome() == SignatureOutcome.VALID));
    }

    @Test
    void theWorstSignatureDecides() {
        byte[] countersigned = SignedPdfs.sign(validPdf, pki.untrustedSigner(), SIGNED_AT.plusSeconds(3600));

        SignatureCheck check = verifier.verify(countersigned);

        assertEquals(SignatureOutcome.UNTRUSTED, check.outcome());
        assertEquals(List.of(SignatureOutcome.VALID, SignatureOutcome.UNTRUSTED),
                check.signatures().stream().map(Signature::outcome).toList());
        assertEquals(check.signatures().get(1).reason(), check.reason());
    }

    @Test
    void noChangedOrCutFileEverThrowsOrPassesAsValid() {
        Random random = new Random(42);
        for (int i = 0; i < 120; i++) {
            byte[] changed = validPdf.clone();
            int at = random.nextInt(changed.length);
            changed[at] = (byte) (changed[at] ^ (1 + random.nextInt(255)));
            SignatureCheck check = assertDoesNotThrow(() -> verifier.verify(changed), "byte " + at);
            if (check.outcome() == SignatureOutcome.VALID) {
                // Only the unsigned zero padding of the signature's hex string may change without effect.
                assertTrue(isInZeroPaddingOfContents(validPdf, at), "byte " + at + " changed, still VALID");
            }
        }
        for (int length = 0; length < validPdf.length; length += validPdf.length / 60) {
            byte[] cut = Arrays.copyOf(validPdf, length);
            SignatureCheck check = assertDoesNotThrow(() -> verifier.verify(cut), "cut at " + length);
            assertNotEquals(SignatureOutcome.VALID, check.outcome(), "cut at " + length);
        }
    }

    /** Whether byte {@code at} is in the zeros after the CMS, inside the signature's hex string. */
    private static boolean isInZeroPaddingOfContents(byte[] pdf, int at) {
        int start = contentsStart(pdf);
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        int end = text.indexOf('>', start);
        int cmsEnd = start + 2 * derLength(HexFormat.of().parseHex(text, start, end));
        return at >= cmsEnd && at < end;
    }

    /** Index of the first hex digit of the (only) signature's /Contents. */
    private static int contentsStart(byte[] pdf) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        int at = text.indexOf("/Contents <");
        assertTrue(at > 0 && at == text.lastIndexOf("/Contents <"), "one signature");
        return at + "/Contents <".length();
    }

    /** Length of the DER SEQUENCE at the start of {@code der} (tag, length, value). */
    private static int derLength(byte[] der) {
        int first = der[1] & 0xff;
        if (first < 0x80) {
            return 2 + first;
        }
        int lengthBytes = first & 0x7f;
        int length = 0;
        for (int i = 0; i < lengthBytes; i++) {
            length = (length << 8) | (der[2 + i] & 0xff);
        }
        return 2 + lengthBytes + length;
    }

    private static byte[] sign(TestCredential signer, Instant signingTime) {
        return SignedPdfs.signed(signer, signingTime, "Kế hoạch 600/KH-SNgV", LINES);
    }

    private static byte[] append(byte[] pdf, String text) {
        byte[] tail = text.getBytes(StandardCharsets.US_ASCII);
        byte[] result = Arrays.copyOf(pdf, pdf.length + tail.length);
        System.arraycopy(tail, 0, result, pdf.length, tail.length);
        return result;
    }
}
