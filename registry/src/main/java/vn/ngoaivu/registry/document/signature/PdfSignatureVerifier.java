package vn.ngoaivu.registry.document.signature;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;

import vn.ngoaivu.registry.document.signature.SignatureCheck.Reason;
import vn.ngoaivu.registry.document.signature.SignatureCheck.Signature;

/**
 * Checks the signatures of a PDF (PAdES / PDF signatures with a detached CMS, as Vietnamese signing tools make
 * them), each against:
 * <ol>
 * <li>integrity: the CMS signature and its messageDigest over exactly the bytes of /ByteRange (Bouncy Castle), the
 * byte range being the whole file but the signature's own hex string;</li>
 * <li>coverage: nothing but white space after the signed bytes, unless a later signature covers the file;</li>
 * <li>trust: a PKIX path (java.security.cert.CertPathValidator) from the signer's certificate to one of the
 * {@link TrustedCertificates}, validated at the signing time; a signer certificate that may sign documents.</li>
 * </ol>
 * Limits, on purpose: <b>no revocation check</b> (no CRL or OCSP of the national CA is reachable from here: a revoked
 * certificate passes); the signing time is the signer's claim (the CMS signingTime, else /M), no RFC 3161
 * time-stamp is checked, so a holder of an expired certificate's key could back-date; an incremental update added
 * after the last signature (also a harmless one such as validation data) is reported as NOT_COVERING_WHOLE_FILE.
 * <p>
 * Never throws on any input: hostile, truncated or huge files give NOT_A_PDF or MODIFIED. Files over
 * {@link #MAX_PDF_BYTES} are not parsed. Thread-safe.
 */
public final class PdfSignatureVerifier {

    /** Files larger than this (50 MiB) are not checked (NOT_A_PDF): parsing is done in memory. */
    public static final int MAX_PDF_BYTES = 50 * 1024 * 1024;

    /** Acrobat's tolerance: the header in the first 1024 bytes, %%EOF in the last 1024. */
    private static final int HEADER_AND_TRAILER_WINDOW = 1024;
    private static final Set<String> DETACHED_SUB_FILTERS = Set.of("adbe.pkcs7.detached", "ETSI.CAdES.detached");
    /** SHA-256, SHA-384, SHA-512: SHA-1 and MD5 are no longer evidence. */
    private static final Set<String> ACCEPTED_DIGESTS =
            Set.of("2.16.840.1.101.3.4.2.1", "2.16.840.1.101.3.4.2.2", "2.16.840.1.101.3.4.2.3");

    private final TrustedCertificates trusted;
    private final Clock clock;

    public PdfSignatureVerifier(TrustedCertificates trusted) {
        this(trusted, Clock.systemUTC());
    }

    public PdfSignatureVerifier(TrustedCertificates trusted, Clock clock) {
        this.trusted = Objects.requireNonNull(trusted, "trusted");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public SignatureCheck verify(byte[] pdf) {
        Instant now = clock.instant();
        if (pdf == null || pdf.length == 0) {
            return SignatureCheck.withoutSignatures(SignatureOutcome.NOT_A_PDF,
                    new Reason("Tệp rỗng", "The file is empty"), now);
        }
        if (pdf.length > MAX_PDF_BYTES) {
            return SignatureCheck.withoutSignatures(SignatureOutcome.NOT_A_PDF,
                    new Reason("Tệp lớn hơn 50 MB, không kiểm tra", "The file is larger than 50 MB and was not checked"),
                    now);
        }
        if (!hasHeaderAndTrailer(pdf)) {
            return SignatureCheck.withoutSignatures(SignatureOutcome.NOT_A_PDF,
                    new Reason("Không phải tệp PDF hoặc tệp bị cắt cụt",
                            "Not a PDF file, or an incomplete (truncated) one"), now);
        }
        List<SignatureFields> fields;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            fields = document.getSignatureDictionaries().stream().map(SignatureFields::read).toList();
        } catch (InvalidPasswordException e) {
            return SignatureCheck.withoutSignatures(SignatureOutcome.UNSUPPORTED,
                    new Reason("Tệp PDF được mã hóa, không kiểm tra được chữ ký",
                            "The PDF is encrypted; its signatures cannot be checked"), now);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            // StackOverflowError: deeply nested objects in a hostile file; the parser's recursion, not ours.
            return SignatureCheck.withoutSignatures(SignatureOutcome.NOT_A_PDF,
                    new Reason("Không đọc được tệp PDF", "The PDF cannot be read"), now);
        }
        if (fields.isEmpty()) {
            return SignatureCheck.withoutSignatures(SignatureOutcome.NOT_SIGNED,
                    new Reason("Tệp PDF không có chữ ký số", "The PDF has no digital signature"), now);
        }
        boolean someSignatureCoversTheFile = fields.stream()
                .map(f -> f.byteRange().flatMap(r -> SignedByteRange.of(r, pdf)))
                .anyMatch(r -> r.isPresent() && r.get().coversWholeFile(pdf));
        List<Signature> signatures = new ArrayList<>();
        for (SignatureFields field : fields) {
            signatures.add(check(field, pdf, someSignatureCoversTheFile, now));
        }
        return SignatureCheck.of(signatures, now);
    }

    private Signature check(SignatureFields field, byte[] pdf, boolean someSignatureCoversTheFile, Instant now) {
        Optional<SignedByteRange> range = field.byteRange().flatMap(r -> SignedByteRange.of(r, pdf));
        if (range.isEmpty() || field.contents().isEmpty()
                || !Arrays.equals(range.get().contents(pdf), field.contents().get())) {
            return unidentified(field, SignatureOutcome.MODIFIED, new Reason(
                    "Vùng dữ liệu được ký (ByteRange) không hợp lệ",
                    "The signed byte range (/ByteRange) is not valid"));
        }
        if (field.subFilter().isEmpty() || !DETACHED_SUB_FILTERS.contains(field.subFilter().get())) {
            return unidentified(field, SignatureOutcome.UNSUPPORTED, new Reason(
                    "Định dạng chữ ký " + field.subFilter().orElse("(không rõ)") + " không được hỗ trợ",
                    "Signature format " + field.subFilter().orElse("(none)") + " is not supported"));
        }
        CMSSignedData cms;
        SignerInformation signer;
        try {
            cms = new CMSSignedData(new CMSProcessableByteArray(range.get().signedBytes(pdf)), field.contents().get());
            Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
            if (signers.size() != 1) {
                return unidentified(field, SignatureOutcome.UNSUPPORTED, new Reason(
                        "Chữ ký có " + signers.size() + " người ký, chỉ hỗ trợ một",
                        "The signature has " + signers.size() + " signers; only one is supported"));
            }
            signer = signers.iterator().next();
        } catch (CMSException | RuntimeException e) {
            return unidentified(field, SignatureOutcome.MODIFIED, new Reason(
                    "Dữ liệu chữ ký bị hỏng", "The signature data is damaged"));
        }
        Optional<Instant> signingTime = cmsSigningTime(signer).or(field::signDate);
        if (!ACCEPTED_DIGESTS.contains(signer.getDigestAlgOID())) {
            return new Signature(Optional.empty(), Optional.empty(), signingTime, SignatureOutcome.UNSUPPORTED,
                    new Reason("Thuật toán băm không còn an toàn hoặc không được hỗ trợ (chỉ chấp nhận SHA-2)",
                            "Digest algorithm is unsafe or unsupported (only SHA-2 is accepted)"));
        }
        List<X509Certificate> carried = certificates(cms);
        Optional<X509Certificate> certificate = signerCertificate(cms, signer);
        if (certificate.isEmpty()) {
            return new Signature(Optional.empty(), Optional.empty(), signingTime, SignatureOutcome.UNTRUSTED,
                    new Reason("Chữ ký không kèm chứng thư số của người ký",
                            "The signature does not carry the signer's certificate"));
        }
        X509Certificate signerCertificate = certificate.get();
        Optional<String> name = Optional.of(commonName(signerCertificate));
        Optional<String> serial = Optional.of(serialHex(signerCertificate.getSerialNumber()));
        if (!intact(signer, signerCertificate)) {
            return new Signature(name, serial, signingTime, SignatureOutcome.MODIFIED, new Reason(
                    "Nội dung đã bị thay đổi sau khi ký (chữ ký không khớp)",
                    "The content was changed after signing (the signature does not match)"));
        }
        if (!range.get().coversWholeFile(pdf) && !someSignatureCoversTheFile) {
            return new Signature(name, serial, signingTime, SignatureOutcome.NOT_COVERING_WHOLE_FILE, new Reason(
                    "Tệp có nội dung được thêm vào sau khi ký, không được chữ ký bảo vệ",
                    "Content was added to the file after signing; the signature does not cover it"));
        }
        // Validated at the signing time; a claimed time in the future proves nothing, then now is used.
        Instant validationTime = signingTime.filter(t -> !t.isAfter(now)).orElse(now);
        Optional<SignerCertificatePath.Problem> problem =
                SignerCertificatePath.check(signerCertificate, carried, trusted, validationTime);
        if (problem.isEmpty()) {
            return new Signature(name, serial, signingTime, SignatureOutcome.VALID, new Reason(
                    "Chữ ký số hợp lệ", "The digital signature is valid"));
        }
        return new Signature(name, serial, signingTime, switch (problem.get()) {
            case NOT_VALID_AT_TIME -> SignatureOutcome.CERTIFICATE_EXPIRED;
            case NO_CHAIN, REJECTED, NOT_FOR_SIGNING -> SignatureOutcome.UNTRUSTED;
        }, switch (problem.get()) {
            case NOT_VALID_AT_TIME -> new Reason("Chứng thư số đã hết hạn hoặc chưa có hiệu lực tại thời điểm ký",
                    "The certificate was expired or not yet valid at the signing time");
            case NO_CHAIN -> new Reason("Chứng thư số không do tổ chức chứng thực được tin cậy cấp",
                    "The certificate was not issued by a trusted certification authority");
            case REJECTED -> new Reason("Chuỗi chứng thư số không hợp lệ",
                    "The certificate chain is not valid");
            case NOT_FOR_SIGNING -> new Reason("Chứng thư số không được dùng để ký văn bản",
                    "The certificate may not be used to sign documents");
        });
    }

    /** The CMS signature (over the signed attributes, whose messageDigest must match the signed bytes) holds. */
    private static boolean intact(SignerInformation signer, X509Certificate certificate) {
        try {
            // Built from the public key alone: with the certificate, Bouncy Castle would also refuse a certificate
            // expired at signingTime, which is a trust question answered (and reported) separately.
            return signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate.getPublicKey()));
        } catch (CMSException | OperatorCreationException | RuntimeException e) {
            return false;   // among them CMSSignerDigestMismatchException: the bytes changed
        }
    }

    private static Optional<Instant> cmsSigningTime(SignerInformation signer) {
        try {
            if (signer.getSignedAttributes() == null) {
                return Optional.empty();
            }
            Attribute attribute = signer.getSignedAttributes().get(CMSAttributes.signingTime);
            if (attribute == null || attribute.getAttrValues().size() != 1) {
                return Optional.empty();
            }
            return Optional.of(Time.getInstance(attribute.getAttrValues().getObjectAt(0)).getDate().toInstant());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<X509Certificate> signerCertificate(CMSSignedData cms, SignerInformation signer) {
        try {
            @SuppressWarnings("unchecked")   // Bouncy Castle's SignerId is a raw Selector
            Collection<X509CertificateHolder> matches = cms.getCertificates().getMatches(signer.getSID());
            return matches.stream().findFirst().map(PdfSignatureVerifier::toX509);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static List<X509Certificate> certificates(CMSSignedData cms) {
        try {
            Collection<X509CertificateHolder> all = cms.getCertificates().getMatches(null);
            return all.stream().map(PdfSignatureVerifier::toX509).toList();
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    private static X509Certificate toX509(X509CertificateHolder holder) {
        try {
            return new JcaX509CertificateConverter().getCertificate(holder);
        } catch (CertificateException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static String commonName(X509Certificate certificate) {
        RDN[] names = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded()).getRDNs(BCStyle.CN);
        if (names.length == 0) {
            return certificate.getSubjectX500Principal().getName();
        }
        var value = names[0].getFirst().getValue();
        return value instanceof ASN1String text ? text.getString() : IETFUtils.valueToString(value);
    }

    private static String serialHex(BigInteger serial) {
        return serial.toString(16).toUpperCase(Locale.ROOT);
    }

    private static Signature unidentified(SignatureFields field, SignatureOutcome outcome, Reason reason) {
        return new Signature(Optional.empty(), Optional.empty(), field.signDate(), outcome, reason);
    }

    private static boolean hasHeaderAndTrailer(byte[] pdf) {
        String head = new String(pdf, 0, Math.min(pdf.length, HEADER_AND_TRAILER_WINDOW), StandardCharsets.ISO_8859_1);
        int tailStart = Math.max(0, pdf.length - HEADER_AND_TRAILER_WINDOW);
        String tail = new String(pdf, tailStart, pdf.length - tailStart, StandardCharsets.ISO_8859_1);
        return head.contains("%PDF-") && tail.contains("%%EOF");
    }

    /** What the check needs of a signature dictionary, read while the document is open; absent when unreadable. */
    private record SignatureFields(Optional<int[]> byteRange, Optional<byte[]> contents, Optional<String> subFilter,
                                   Optional<Instant> signDate) {

        static SignatureFields read(PDSignature signature) {
            return new SignatureFields(quietly(signature::getByteRange), quietly(signature::getContents),
                    quietly(signature::getSubFilter), quietly(() -> {
                        Calendar date = signature.getSignDate();
                        return date == null ? null : date.toInstant();
                    }));
        }

        private static <T> Optional<T> quietly(Supplier<T> read) {
            try {
                return Optional.ofNullable(read.get());
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        }
    }
}
