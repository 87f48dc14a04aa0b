package vn.ngoaivu.gateway.config;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Where configuration comes from, highest priority first: Java system properties, environment
 * variables, an optional YAML file named by {@code NGOAIVU_CONFIG}, and the built-in
 * {@code application.yaml} holding the embedded defaults.
 */
public final class PlatformConfig {

    private PlatformConfig() {
    }

    public static Config load() {
        List<Supplier<? extends io.helidon.config.spi.ConfigSource>> sources = new ArrayList<>();
        sources.add(ConfigSources.systemProperties());
        sources.add(ConfigSources.environmentVariables());
        String file = System.getenv("NGOAIVU_CONFIG");
        if (file != null && !file.isBlank()) {
            Path path = Path.of(file);
            if (!Files.isReadable(path)) {
                throw new InvalidSettingException("NGOAIVU_CONFIG", "no readable file at '" + file + "'");
            }
            sources.add(ConfigSources.file(path));
        }
        sources.add(ConfigSources.classpath("application.yaml"));
        return Config.builder()
                .sources(sources)
                .disableSystemPropertiesSource()
                .disableEnvironmentVariablesSource()
                .build();
    }
}
