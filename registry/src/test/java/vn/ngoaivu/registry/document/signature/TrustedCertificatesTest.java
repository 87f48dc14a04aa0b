package vn.ngoaivu.registry.document.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.ngoaivu.simulator.pki.TestPki;

class TrustedCertificatesTest {

    private static TestPki pki;

    @TempDir
    Path directory;

    @BeforeAll
    static void generate() {
        pki = TestPki.generate();
    }

    @Test
    void readsABundleOfPemCertificatesIgnoringTheTextAroundThem() throws Exception {
        Path bundle = Files.writeString(directory.resolve("ca-bundle.pem"),
                "# Government root CA (test)\n" + pki.trustedCaPem() + "\nsecond one:\n"
                        + TestPki.pem(pki.untrustedCa().certificate()));

        TrustedCertificates trusted = TrustedCertificates.load(bundle);

        assertEquals(List.of(pki.trustedCa().certificate(), pki.untrustedCa().certificate()), trusted.certificates());
        assertTrue(trusted.hasSubject(pki.trustedCa().certificate().getSubjectX500Principal()));
        assertEquals(2, trusted.anchors().size());
    }

    @Test
    void readsTheCertificateFilesOfADirectoryPemOrDer() throws Exception {
        Files.writeString(directory.resolve("b-root.crt"), pki.trustedCaPem());
        Files.write(directory.resolve("a-other.cer"), pki.untrustedCa().certificate().getEncoded());
        Files.writeString(directory.resolve("README.txt"), "not a certificate, not read");

        TrustedCertificates trusted = TrustedCertificates.load(directory);

        assertEquals(List.of(pki.untrustedCa().certificate(), pki.trustedCa().certificate()), trusted.certificates());
    }

    @Test
    void aDamagedCertificateIsAnErrorNamingTheFileAndTheCertificate() throws Exception {
        String pem = pki.trustedCaPem();
        String shortened = pem.substring(0, 100) + pem.substring(108);   // 6 bytes of DER missing
        Path file = Files.writeString(directory.resolve("bad.pem"), pem + shortened);

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> TrustedCertificates.load(file));

        assertTrue(error.getMessage().startsWith("bad trusted CA file " + file + ": certificate #2 is not an X.509"),
                error.getMessage());
    }

    @Test
    void aRootWhoseSignatureDoesNotVerifyIsAnError() throws Exception {
        String pem = pki.trustedCaPem();
        int inSignature = pem.indexOf("-----END") - 10;   // the signature value ends the certificate
        String changed = pem.substring(0, inSignature) + (pem.charAt(inSignature) == 'A' ? 'B' : 'A')
                + pem.substring(inSignature + 1);
        Path file = Files.writeString(directory.resolve("changed.pem"), changed);

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> TrustedCertificates.load(file));

        assertTrue(error.getMessage().contains("signature does not verify"), error.getMessage());
    }

    @Test
    void aFileWithoutCertificateIsAnError() throws Exception {
        Path empty = Files.writeString(directory.resolve("empty.pem"), "");
        Path key = Files.writeString(directory.resolve("key.pem"),
                "-----BEGIN PRIVATE KEY-----\nMIIB\n-----END PRIVATE KEY-----\n");
        Path cut = Files.writeString(directory.resolve("cut.pem"),
                pki.trustedCaPem().substring(0, 300));

        assertTrue(assertThrows(IllegalArgumentException.class, () -> TrustedCertificates.load(empty))
                .getMessage().contains("no PEM certificate"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TrustedCertificates.load(key))
                .getMessage().contains("no PEM certificate"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TrustedCertificates.load(cut))
                .getMessage().contains("has no -----END CERTIFICATE----- line"));
    }

    @Test
    void aSignersCertificateIsNoTrustAnchor() throws Exception {
        Path signer = Files.writeString(directory.resolve("signer.pem"), TestPki.pem(pki.validSigner().certificate()));

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> TrustedCertificates.load(signer));

        assertTrue(error.getMessage().contains("not a CA certificate"), error.getMessage());
    }

    @Test
    void aMissingPathOrAnEmptyDirectoryIsAnError() throws Exception {
        assertThrows(IllegalArgumentException.class, () -> TrustedCertificates.load(directory.resolve("nothing")));
        Path emptyDirectory = Files.createDirectory(directory.resolve("empty"));
        Files.writeString(emptyDirectory.resolve("notes.txt"), "x", StandardCharsets.UTF_8);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TrustedCertificates.load(emptyDirectory))
                .getMessage().contains("no *.pem, *.crt or *.cer file"));
        assertThrows(IllegalArgumentException.class, () -> TrustedCertificates.of(List.of()));
    }
}
