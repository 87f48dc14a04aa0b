package vn.ngoaivu.registry.document.signature;

import java.security.GeneralSecurityException;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertPathValidatorException.BasicReason;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * Whether a signer's certificate chains to a trusted CA and was valid at a given time: the path is assembled from
 * the certificates the signature carries (never trusting one of them as a root), then validated with the JDK's
 * PKIX CertPathValidator at that time.
 */
final class SignerCertificatePath {

    /** Longer chains than this (signer, intermediates) are not followed. */
    private static final int MAX_LENGTH = 8;

    /** Why the certificate is not acceptable; empty when it is. */
    enum Problem {
        NO_CHAIN, NOT_VALID_AT_TIME, REJECTED, NOT_FOR_SIGNING
    }

    private SignerCertificatePath() {
    }

    static Optional<Problem> check(X509Certificate signer, Collection<X509Certificate> carried,
                                   TrustedCertificates trusted, Instant at) {
        Optional<List<X509Certificate>> path = assemble(signer, carried, trusted);
        if (path.isEmpty()) {
            return Optional.of(Problem.NO_CHAIN);
        }
        try {
            PKIXParameters parameters = new PKIXParameters(trusted.anchors());
            // No revocation checking: the platform has no CRL or OCSP access to the national CA (yet). A revoked
            // certificate is therefore accepted; see the class comment of PdfSignatureVerifier.
            parameters.setRevocationEnabled(false);
            parameters.setDate(Date.from(at));
            CertPathValidator.getInstance("PKIX").validate(
                    CertificateFactory.getInstance("X.509").generateCertPath(path.get()), parameters);
        } catch (CertPathValidatorException e) {
            return Optional.of(e.getReason() == BasicReason.EXPIRED || e.getReason() == BasicReason.NOT_YET_VALID
                    ? Problem.NOT_VALID_AT_TIME : Problem.REJECTED);
        } catch (GeneralSecurityException | RuntimeException e) {
            return Optional.of(Problem.REJECTED);
        }
        return mayAuthorDocuments(signer) ? Optional.empty() : Optional.of(Problem.NOT_FOR_SIGNING);
    }

    /**
     * Signer first, then each issuer taken from the carried certificates, until one is issued by a trusted CA's
     * name (the validator then checks that CA's signature on it). Empty when the chain breaks or ends in an
     * untrusted root.
     */
    private static Optional<List<X509Certificate>> assemble(X509Certificate signer,
                                                            Collection<X509Certificate> carried,
                                                            TrustedCertificates trusted) {
        List<X509Certificate> path = new ArrayList<>(List.of(signer));
        X509Certificate current = signer;
        while (!trusted.hasSubject(current.getIssuerX500Principal())) {
            if (path.size() >= MAX_LENGTH) {
                return Optional.empty();
            }
            X509Certificate issuer = issuerAmong(current, carried, path);
            if (issuer == null) {
                return Optional.empty();
            }
            path.add(issuer);
            current = issuer;
        }
        return Optional.of(path);
    }

    private static X509Certificate issuerAmong(X509Certificate certificate, Collection<X509Certificate> carried,
                                               List<X509Certificate> alreadyInPath) {
        for (X509Certificate candidate : carried) {
            if (alreadyInPath.contains(candidate)
                    || !candidate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal())) {
                continue;
            }
            try {
                certificate.verify(candidate.getPublicKey());   // of several with that name, the one that signed
                return candidate;
            } catch (GeneralSecurityException | RuntimeException e) {
                // not this one
            }
        }
        return null;
    }

    /**
     * A certificate for signing: not a CA's (CA keys sign certificates, not documents), and, when it restricts its
     * key's use, allowing digitalSignature or nonRepudiation.
     */
    private static boolean mayAuthorDocuments(X509Certificate signer) {
        if (signer.getBasicConstraints() >= 0) {
            return false;
        }
        boolean[] keyUsage = signer.getKeyUsage();
        return keyUsage == null || keyUsage[0] || (keyUsage.length > 1 && keyUsage[1]);
    }
}
