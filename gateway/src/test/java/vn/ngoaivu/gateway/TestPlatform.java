package vn.ngoaivu.gateway;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import io.helidon.http.Method;
import io.helidon.http.Status;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import vn.ngoaivu.gateway.config.PlatformSettings;
import vn.ngoaivu.gateway.http.Endpoint;
import vn.ngoaivu.gateway.http.JsonBodies;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One real platform (embedded PostgreSQL, Helidon on a free port) shared by the gateway's integration
 * tests of a JVM run, stopped when the run ends. Besides the API it serves a few routes under
 * {@code /__test} that reach the error paths no production route reaches yet.
 */
public final class TestPlatform {

    public static final long MAX_PAYLOAD = 64 * 1024;

    private final Platform platform;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private TestPlatform(Platform platform) {
        this.platform = platform;
    }

    /** Gives tests a {@link TestPlatform} parameter; all test classes of the run share one, kept in the root store. */
    public static final class Extension implements ParameterResolver {
        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == TestPlatform.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                    .getOrComputeIfAbsent(TestPlatform.class, key -> new Running(startPlatform()), Running.class)
                    .platform();
        }
    }

    private record Running(TestPlatform platform) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            platform.platform.close();
        }
    }

    private static TestPlatform startPlatform() {
        try {
            Path dataDir = Files.createTempDirectory(Path.of("target"), "test-data-");
            Config config = config(Map.of("platform.data-dir", dataDir.toString()));
            JsonBodies json = new JsonBodies(JsonBodies.newMapper());
            List<Endpoint> probes = List.of(
                    Endpoint.withJsonBody(Method.POST, "/__test/echo",
                            (req, res) -> json.send(res, Status.OK_200, json.read(req))),
                    Endpoint.get("/__test/boom", (req, res) -> {
                        throw new IllegalStateException("secret internal detail");
                    }));
            return new TestPlatform(Platform.start(config, PlatformSettings.from(config), probes));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The built-in configuration with test overrides: a free port and a small body limit. */
    public static Config config(Map<String, String> overrides) {
        Map<String, String> values = new HashMap<>(Map.of(
                "server.port", "0",
                "server.max-payload-size", Long.toString(MAX_PAYLOAD)));
        values.putAll(overrides);
        return Config.builder()
                .sources(ConfigSources.create(values), ConfigSources.classpath("application.yaml"))
                .disableEnvironmentVariablesSource()
                .disableSystemPropertiesSource()
                .build();
    }

    public Platform platform() {
        return platform;
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + platform.port() + path);
    }

    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(uri(path));
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET().build());
    }
}
