package vn.ngoaivu.gateway.config;

import io.helidon.config.Config;
import io.helidon.config.ConfigException;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Typed, validated reads of configuration values. Every failure is an {@link InvalidSettingException}
 * that names the key, the expected form and the value found, so that a wrong environment variable is
 * fixed from one line of output.
 */
final class SettingsReader {

    private final Config root;

    SettingsReader(Config root) {
        this.root = root;
    }

    /** The environment variable that overrides {@code key} under Helidon's mapping ('.' → '_', '-' → '_DASH_'). */
    static String environmentVariable(String key) {
        return key.replace("-", "_DASH_").replace('.', '_').toUpperCase(Locale.ROOT);
    }

    Optional<String> optionalString(String key) {
        try {
            return root.get(key).asString().asOptional().map(String::strip).filter(s -> !s.isEmpty());
        } catch (ConfigException e) {
            throw new InvalidSettingException(key, "expected a text value");
        }
    }

    String string(String key, String defaultValue) {
        return optionalString(key).orElse(defaultValue);
    }

    String requiredString(String key) {
        return optionalString(key).orElseThrow(() -> new InvalidSettingException(key, "is required"));
    }

    int integer(String key, int defaultValue, int min, int max) {
        Optional<String> raw = optionalString(key);
        if (raw.isEmpty()) {
            return defaultValue;
        }
        try {
            int value = Integer.parseInt(raw.get());
            if (value < min || value > max) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new InvalidSettingException(key, "expected a whole number from " + min + " to " + max
                    + ", got '" + raw.get() + "'");
        }
    }

    long size(String key, long defaultValue, long min) {
        Optional<String> raw = optionalString(key);
        if (raw.isEmpty()) {
            return defaultValue;
        }
        try {
            long value = Long.parseLong(raw.get());
            if (value < min) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new InvalidSettingException(key, "expected a number of bytes of at least " + min
                    + ", got '" + raw.get() + "'");
        }
    }

    boolean bool(String key, boolean defaultValue) {
        Optional<String> raw = optionalString(key);
        if (raw.isEmpty()) {
            return defaultValue;
        }
        return switch (raw.get().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidSettingException(key, "expected true or false, got '" + raw.get() + "'");
        };
    }

    String oneOf(String key, String defaultValue, Set<String> allowed) {
        String value = string(key, defaultValue);
        if (!allowed.contains(value)) {
            throw new InvalidSettingException(key, "expected one of " + allowed + ", got '" + value + "'");
        }
        return value;
    }

    Duration duration(String key, Duration defaultValue) {
        Optional<String> raw = optionalString(key);
        if (raw.isEmpty()) {
            return defaultValue;
        }
        try {
            Duration value = Duration.parse(raw.get());
            if (value.isNegative() || value.isZero()) {
                throw new DateTimeParseException("not positive", raw.get(), 0);
            }
            return value;
        } catch (DateTimeParseException e) {
            throw new InvalidSettingException(key, "expected a positive ISO-8601 duration such as PT5S, got '"
                    + raw.get() + "'");
        }
    }

    Path path(String key, String defaultValue) {
        String raw = string(key, defaultValue);
        try {
            return Path.of(raw).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new InvalidSettingException(key, "expected a file system path, got '" + raw + "'");
        }
    }

    /** An absolute http(s) URI ending with '/', under which the instance mints its Linked Data URIs. */
    URI baseUri(String key, String defaultValue) {
        String raw = string(key, defaultValue);
        try {
            URI uri = new URI(raw);
            boolean http = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
            if (!http || uri.getHost() == null || !raw.endsWith("/") || uri.getQuery() != null
                    || uri.getFragment() != null) {
                throw new URISyntaxException(raw, "not a base URI");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new InvalidSettingException(key, "expected an absolute http(s) URI ending with '/', such as"
                    + " https://ngoaivu.example.gov.vn/, got '" + raw + "'");
        }
    }
}
