package vn.ngoaivu.gateway.openapi;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigValue;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.eclipse.microprofile.config.spi.Converter;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * SmallRye OpenAPI reads its options from MicroProfile Config. The gateway builds the document from
 * static files with every option at its default, so it hands SmallRye a config with no properties
 * rather than pulling in a MicroProfile Config implementation and its discovery.
 */
final class EmptyMicroProfileConfig implements Config {

    @Override
    public <T> T getValue(String name, Class<T> type) {
        throw new NoSuchElementException(name);
    }

    @Override
    public ConfigValue getConfigValue(String name) {
        return new ConfigValue() {
            @Override
            public String getName() {
                return name;
            }

            @Override
            public String getValue() {
                return null;
            }

            @Override
            public String getRawValue() {
                return null;
            }

            @Override
            public String getSourceName() {
                return null;
            }

            @Override
            public int getSourceOrdinal() {
                return 0;
            }
        };
    }

    @Override
    public <T> Optional<T> getOptionalValue(String name, Class<T> type) {
        return Optional.empty();
    }

    @Override
    public Iterable<String> getPropertyNames() {
        return List.of();
    }

    @Override
    public Iterable<ConfigSource> getConfigSources() {
        return List.of();
    }

    @Override
    public <T> Optional<Converter<T>> getConverter(Class<T> type) {
        return Optional.empty();
    }

    @Override
    public <T> T unwrap(Class<T> type) {
        throw new IllegalArgumentException("nothing to unwrap to " + type.getName());
    }
}
