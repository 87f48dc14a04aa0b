package vn.ngoaivu.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Facts the Maven build writes into {@code ngoaivu-build.properties}: the platform's version and the
 * Swagger UI webjar's version (part of its resource path).
 */
record BuildInfo(String version, String swaggerUiVersion) {

    static BuildInfo load() {
        try (InputStream in = BuildInfo.class.getResourceAsStream("/ngoaivu-build.properties")) {
            if (in == null) {
                throw new IllegalStateException("ngoaivu-build.properties is missing from the class path");
            }
            Properties properties = new Properties();
            properties.load(in);
            return new BuildInfo(properties.getProperty("version"), properties.getProperty("swagger-ui.version"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
