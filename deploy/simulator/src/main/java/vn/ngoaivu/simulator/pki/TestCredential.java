package vn.ngoaivu.simulator.pki;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;

/**
 * A private key and its certificate, with the certificates above it up to (and including) its root, as a signer
 * sends them along in a CMS signature. TEST MATERIAL ONLY: the keys live in memory and are never protected.
 *
 * @param privateKey  the key that signs
 * @param certificate its certificate
 * @param issuers     the issuing CA's certificate, then its issuer's, ...; empty for a self-signed CA
 */
public record TestCredential(PrivateKey privateKey, X509Certificate certificate, List<X509Certificate> issuers) {

    public TestCredential {
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(certificate, "certificate");
        issuers = List.copyOf(issuers);
    }

    /** The certificate followed by its issuers: what goes into a signature's certificate set. */
    public List<X509Certificate> chain() {
        return Stream.concat(Stream.of(certificate), issuers.stream()).toList();
    }

    /** The certificate subject's common name (CN), e.g. "Nguyễn Văn An". */
    public String commonName() {
        RDN[] names = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded()).getRDNs(BCStyle.CN);
        return names.length == 0 ? "" : ((ASN1String) names[0].getFirst().getValue()).getString();
    }
}
