package vn.ngoaivu.registry.document.signature;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.security.auth.x500.X500Principal;

/**
 * The government CA certificates signatures must chain to (the root CAs of the Government's and the licensed
 * public digital-signature services). Loaded once, at start-up, from PEM files; immutable.
 */
public final class TrustedCertificates {

    /** The file names read from a directory; others (a README, a .p12) are left alone. */
    private static final Set<String> CERTIFICATE_EXTENSIONS = Set.of(".pem", ".crt", ".cer");
    private static final String PEM_BEGIN = "-----BEGIN CERTIFICATE-----";
    private static final String PEM_END = "-----END CERTIFICATE-----";

    private final List<X509Certificate> certificates;
    private final Set<TrustAnchor> anchors;
    private final Set<X500Principal> subjects;

    private TrustedCertificates(List<X509Certificate> certificates) {
        if (certificates.isEmpty()) {
            throw new IllegalArgumentException("no trusted CA certificate given");
        }
        for (X509Certificate certificate : certificates) {
            // A CA's certificate, not a signer's: trusting a signer's own certificate is a configuration mistake.
            // An expired CA is kept on purpose: documents signed while it was valid still verify.
            if (certificate.getBasicConstraints() < 0) {
                throw new IllegalArgumentException("not a CA certificate (basicConstraints CA:false or absent): "
                        + certificate.getSubjectX500Principal());
            }
        }
        this.certificates = List.copyOf(certificates);
        this.anchors = certificates.stream().map(c -> new TrustAnchor(c, null)).collect(Collectors.toUnmodifiableSet());
        this.subjects = certificates.stream().map(X509Certificate::getSubjectX500Principal)
                .collect(Collectors.toUnmodifiableSet());
    }

    public static TrustedCertificates of(Collection<X509Certificate> certificates) {
        return new TrustedCertificates(List.copyOf(certificates));
    }

    /**
     * Reads a bundle file (one or more PEM certificates; text around them is ignored; a single DER certificate is
     * accepted too) or every {@code *.pem}, {@code *.crt} and {@code *.cer} file of a directory.
     *
     * @throws IllegalArgumentException naming the file, when it holds no certificate or a damaged one, or when a
     *                                  certificate is not a CA's
     * @throws UncheckedIOException     when a file cannot be read
     */
    public static TrustedCertificates load(Path path) {
        if (Files.isDirectory(path)) {
            List<Path> files = certificateFiles(path);
            if (files.isEmpty()) {
                throw new IllegalArgumentException("no *.pem, *.crt or *.cer file in the trusted CA directory " + path);
            }
            List<X509Certificate> all = new ArrayList<>();
            files.forEach(file -> all.addAll(readFile(file)));
            return new TrustedCertificates(all);
        }
        if (Files.isRegularFile(path)) {
            return new TrustedCertificates(readFile(path));
        }
        throw new IllegalArgumentException("trusted CA certificates: " + path + " is neither a file nor a directory");
    }

    public List<X509Certificate> certificates() {
        return certificates;
    }

    Set<TrustAnchor> anchors() {
        return anchors;
    }

    /** Some trusted CA has this subject name (a certificate naming it as issuer may chain to it). */
    boolean hasSubject(X500Principal name) {
        return subjects.contains(name);
    }

    private static List<Path> certificateFiles(Path directory) {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.filter(Files::isRegularFile).filter(TrustedCertificates::hasCertificateExtension)
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the trusted CA directory " + directory, e);
        }
    }

    private static boolean hasCertificateExtension(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return CERTIFICATE_EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    private static List<X509Certificate> readFile(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the trusted CA file " + file, e);
        }
        try {
            return parse(bytes);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("bad trusted CA file " + file + ": " + e.getMessage(), e);
        }
    }

    private static List<X509Certificate> parse(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);   // PEM is ASCII; this never fails
        String[] blocks = text.split(PEM_BEGIN, -1);
        List<X509Certificate> found = new ArrayList<>();
        if (blocks.length == 1) {
            if (bytes.length > 0 && bytes[0] == 0x30 && !text.contains("-----BEGIN")) {   // DER: a SEQUENCE
                found.add(certificate(bytes, "the DER certificate"));
                return found;
            }
            throw new IllegalArgumentException("no PEM certificate (" + PEM_BEGIN + ") in it");
        }
        for (int i = 1; i < blocks.length; i++) {
            String which = "certificate #" + i;
            int end = blocks[i].indexOf(PEM_END);
            if (end < 0) {
                throw new IllegalArgumentException(which + " has no " + PEM_END + " line");
            }
            byte[] der;
            try {
                der = Base64.getMimeDecoder().decode(blocks[i].substring(0, end).strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(which + " is not valid base64");
            }
            found.add(certificate(der, which));
        }
        return found;
    }

    private static X509Certificate certificate(byte[] der, String which) {
        X509Certificate certificate;
        try {
            certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(der));
        } catch (CertificateException | RuntimeException e) {
            throw new IllegalArgumentException(which + " is not an X.509 certificate (" + e.getMessage() + ")");
        }
        // A root's own signature catches a damaged copy (parsing alone does not).
        if (certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal())) {
            try {
                certificate.verify(certificate.getPublicKey());
            } catch (GeneralSecurityException | RuntimeException e) {
                throw new IllegalArgumentException(which + " (" + certificate.getSubjectX500Principal()
                        + ") is self-issued but its signature does not verify: a damaged copy?");
            }
        }
        return certificate;
    }
}
