package vn.ngoaivu.gateway.config;

import vn.ngoaivu.registry.national.ConnectorSettings;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * How the platform reaches the national systems (see docs/national-systems.md). A system without a base URI is not
 * linked: records citing its documents or dossiers are saved, and their links stay pending until it is configured.
 *
 * @param documentSystem       the electronic document system
 * @param trustedCertificates  the government CA certificates (PEM) signatures must chain to; required with the
 *                             document system
 * @param portal               the online public-service portal
 * @param portalCallbackSecret the shared secret of the portal's signed callbacks; empty: callbacks refused
 * @param linkInterval         how often the link jobs look for due links
 * @param pollInterval         how often the portal's changes are polled
 * @param refreshInterval      how often a linked document is looked at again (replacement, revocation)
 */
public record NationalSettings(Optional<ConnectorSettings> documentSystem, Optional<Path> trustedCertificates,
                               Optional<ConnectorSettings> portal, Optional<String> portalCallbackSecret,
                               Duration linkInterval, Duration pollInterval, Duration refreshInterval) {

    static NationalSettings read(SettingsReader read) {
        Optional<ConnectorSettings> documents = connector(read, "document-system");
        Optional<Path> trusted = read.optionalString("platform.national.document-system.trusted-certificates").map(Path::of);
        if (documents.isPresent() && trusted.isEmpty()) {
            throw new InvalidSettingException("platform.national.document-system.trusted-certificates",
                    "the document system needs the trusted government CA certificates (a PEM file or directory)");
        }
        Optional<String> secret = read.optionalString("platform.national.portal.callback-secret");
        secret.filter(s -> s.length() < 32).ifPresent(s -> {
            throw new InvalidSettingException("platform.national.portal.callback-secret", "at least 32 characters");
        });
        return new NationalSettings(documents, trusted, connector(read, "portal"), secret,
                read.duration("platform.national.link-interval", Duration.ofSeconds(2)),
                read.duration("platform.national.poll-interval", Duration.ofMinutes(1)),
                read.duration("platform.national.refresh-interval", Duration.ofHours(24)));
    }

    private static Optional<ConnectorSettings> connector(SettingsReader read, String system) {
        String prefix = "platform.national." + system + ".";
        Optional<String> base = read.optionalString(prefix + "base-uri");
        if (base.isEmpty()) {
            return Optional.empty();
        }
        String token = read.optionalString(prefix + "token").orElseThrow(() -> new InvalidSettingException(prefix + "token",
                "the " + system + " needs its access token (from the environment or a secret store)"));
        try {
            ConnectorSettings defaults = ConnectorSettings.defaults(system, URI.create(base.get()), token);
            return Optional.of(defaults.withTimeouts(read.duration(prefix + "connect-timeout", defaults.connectTimeout()),
                    read.duration(prefix + "read-timeout", defaults.readTimeout()),
                    read.duration(prefix + "call-timeout", defaults.overallTimeout())));
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException(prefix + "base-uri", e.getMessage());
        }
    }
}
