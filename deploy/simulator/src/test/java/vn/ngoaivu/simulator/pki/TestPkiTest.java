package vn.ngoaivu.simulator.pki;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.cert.CertificateExpiredException;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.Test;

class TestPkiTest {

    private final TestPki pki = TestPki.generate();

    @Test
    void certificatesAreV3WithTheExtensionsOfTheirRole() throws Exception {
        var ca = pki.trustedCa().certificate();
        assertEquals(3, ca.getVersion());
        assertEquals(Integer.MAX_VALUE, ca.getBasicConstraints());           // CA:true, no path length limit
        assertTrue(ca.getKeyUsage()[5], "keyCertSign");
        ca.verify(ca.getPublicKey());

        var signer = pki.validSigner().certificate();
        assertEquals(3, signer.getVersion());
        assertEquals(-1, signer.getBasicConstraints());                      // CA:false
        assertTrue(signer.getKeyUsage()[0] && signer.getKeyUsage()[1], "digitalSignature and nonRepudiation");
        assertTrue(signer.getCriticalExtensionOIDs().contains("2.5.29.15"), "keyUsage is critical");
        signer.verify(ca.getPublicKey());
        signer.checkValidity();
        assertEquals(TestPki.VALID_SIGNER_NAME, pki.validSigner().commonName());
        assertEquals(List.of(signer, ca), pki.validSigner().chain());

        pki.untrustedSigner().certificate().verify(pki.untrustedCa().certificate().getPublicKey());
    }

    @Test
    void theExpiredSignerRanOutAtTheEndOf2022() throws Exception {
        var expired = pki.expiredSigner().certificate();
        assertEquals(Date.from(TestPki.EXPIRED_SIGNER_NOT_AFTER), expired.getNotAfter());
        assertThrows(CertificateExpiredException.class, expired::checkValidity);
        expired.checkValidity(Date.from(TestPki.utc(2021, 6, 1)));
    }

    @Test
    void thePemIsTheTrustedCaCertificate() throws Exception {
        var parsed = java.security.cert.CertificateFactory.getInstance("X.509").generateCertificate(
                new java.io.ByteArrayInputStream(pki.trustedCaPem().getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        assertArrayEquals(pki.trustedCa().certificate().getEncoded(), parsed.getEncoded());
    }
}
