package vn.ngoaivu.simulator.pki;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.Date;
import java.util.List;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A TEST public-key infrastructure made in memory with Bouncy Castle: a stand-in for the government CA
 * (Ban Cơ yếu Chính phủ) and its signers. Never for production: the keys are not protected and the names are made up.
 *
 * @param trustedCa       the "government" root CA the platform is told to trust
 * @param validSigner     a signer issued by {@code trustedCa}, valid from 2020 to ten years from now
 * @param expiredSigner   a signer issued by {@code trustedCa} whose certificate ran out at the end of 2022: a
 *                        signature made after that was made with an expired certificate
 * @param untrustedCa     a second root CA that nobody trusts
 * @param untrustedSigner a signer issued by {@code untrustedCa}
 */
public record TestPki(TestCredential trustedCa, TestCredential validSigner, TestCredential expiredSigner,
                      TestCredential untrustedCa, TestCredential untrustedSigner) {

    public static final String TRUSTED_CA_DN =
            "CN=Cơ quan chứng thực thử nghiệm (SIMULATOR), O=Ban Cơ yếu Chính phủ (thử nghiệm), C=VN";
    public static final String UNTRUSTED_CA_DN = "CN=CA không được tin cậy (SIMULATOR), O=Tổ chức lạ, C=VN";
    public static final String VALID_SIGNER_NAME = "Nguyễn Văn An";
    public static final String EXPIRED_SIGNER_NAME = "Trần Thị Bình";
    public static final String VALID_SIGNER_DN = "CN=" + VALID_SIGNER_NAME + ", O=Sở Ngoại vụ tỉnh Mẫu, C=VN";
    public static final String EXPIRED_SIGNER_DN = "CN=" + EXPIRED_SIGNER_NAME + ", O=Sở Ngoại vụ tỉnh Mẫu, C=VN";
    public static final String UNTRUSTED_SIGNER_DN = "CN=Lê Văn Cường, O=Công ty không rõ, C=VN";

    /** The expired signer's certificate ends here. */
    public static final Instant EXPIRED_SIGNER_NOT_AFTER = utc(2022, 12, 31);

    private static final SecureRandom RANDOM = new SecureRandom();

    /** Generates the five credentials (RSA 2048, SHA-256); takes about a second. */
    public static TestPki generate() {
        // Valid from 2020 (documents "signed in the past" verify) to well after today.
        Instant start = utc(2015, 1, 1);
        Instant signersStart = utc(2020, 1, 1);
        Instant caEnd = Instant.now().plus(Duration.ofDays(20 * 365));
        Instant signersEnd = Instant.now().plus(Duration.ofDays(10 * 365));
        TestCredential trustedCa = rootCa(TRUSTED_CA_DN, start, caEnd);
        TestCredential untrustedCa = rootCa(UNTRUSTED_CA_DN, start, caEnd);
        return new TestPki(trustedCa,
                signer(trustedCa, VALID_SIGNER_DN, signersStart, signersEnd),
                signer(trustedCa, EXPIRED_SIGNER_DN, signersStart, EXPIRED_SIGNER_NOT_AFTER),
                untrustedCa,
                signer(untrustedCa, UNTRUSTED_SIGNER_DN, signersStart, signersEnd));
    }

    /** A self-signed root CA: basicConstraints CA:true, keyUsage keyCertSign and cRLSign (both critical). */
    public static TestCredential rootCa(String distinguishedName, Instant notBefore, Instant notAfter) {
        KeyPair keys = newKeyPair();
        X500Name name = new X500Name(distinguishedName);
        X509Certificate certificate = certificate(name, keys, name, keys, notBefore, notAfter, true);
        return new TestCredential(keys.getPrivate(), certificate, List.of());
    }

    /**
     * An end-entity certificate issued by {@code issuer}: basicConstraints CA:false, keyUsage digitalSignature and
     * nonRepudiation (critical), as on the certificates Vietnamese officials sign documents with.
     */
    public static TestCredential signer(TestCredential issuer, String distinguishedName, Instant notBefore,
                                        Instant notAfter) {
        KeyPair keys = newKeyPair();
        X500Name issuerName = X500Name.getInstance(issuer.certificate().getSubjectX500Principal().getEncoded());
        X509Certificate certificate = certificate(new X500Name(distinguishedName), keys, issuerName,
                new KeyPair(issuer.certificate().getPublicKey(), issuer.privateKey()), notBefore, notAfter, false);
        return new TestCredential(keys.getPrivate(), certificate, issuer.chain());
    }

    /** The trusted CA's certificate in PEM, what the platform's trust store takes. */
    public String trustedCaPem() {
        return pem(trustedCa.certificate());
    }

    /** Writes {@link #trustedCaPem()} to {@code file} (parent directories created). */
    public void writeTrustedCaPem(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, trustedCaPem(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the test CA certificate to " + file, e);
        }
    }

    /** One certificate as PEM ({@code -----BEGIN CERTIFICATE-----}, base64 in lines of 64). */
    public static String pem(X509Certificate certificate) {
        try {
            Base64.Encoder base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII));
            return "-----BEGIN CERTIFICATE-----\n" + base64.encodeToString(certificate.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Instant utc(int year, int month, int day) {
        return ZonedDateTime.of(year, month, day, 0, 0, 0, 0, ZoneOffset.UTC).toInstant();
    }

    private static X509Certificate certificate(X500Name subject, KeyPair subjectKeys, X500Name issuer,
                                               KeyPair issuerKeys, Instant notBefore, Instant notAfter,
                                               boolean ca) {
        try {
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer,
                    new BigInteger(64, RANDOM).setBit(63), Date.from(notBefore), Date.from(notAfter),
                    subject, subjectKeys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(ca))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(ca
                            ? KeyUsage.keyCertSign | KeyUsage.cRLSign
                            : KeyUsage.digitalSignature | KeyUsage.nonRepudiation))
                    .addExtension(Extension.subjectKeyIdentifier, false,
                            extensions.createSubjectKeyIdentifier(subjectKeys.getPublic()))
                    .addExtension(Extension.authorityKeyIdentifier, false,
                            extensions.createAuthorityKeyIdentifier(issuerKeys.getPublic()));
            return new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuerKeys.getPrivate())));
        } catch (GeneralSecurityException | CertIOException | OperatorCreationException e) {
            throw new IllegalStateException("cannot make a test certificate for " + subject, e);
        }
    }

    private static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048, RANDOM);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
