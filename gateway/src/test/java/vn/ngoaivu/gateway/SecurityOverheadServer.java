package vn.ngoaivu.gateway;

import io.helidon.config.Config;
import io.helidon.http.Status;
import vn.ngoaivu.gateway.config.PlatformSettings;
import vn.ngoaivu.gateway.http.Endpoint;
import vn.ngoaivu.gateway.http.JsonBodies;
import vn.ngoaivu.gateway.security.Access;
import vn.ngoaivu.gateway.security.Callers;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The server side of deploy/bench/security-overhead.sh: a real platform (all filters, embedded
 * PostgreSQL) with one handler served twice, at {@code /bench/open} (anyone) and at
 * {@code /bench/protected} (staff, bearer token checked against a JWKS), so that a load generator can
 * compare the same route with and without security in one run. Prints {@code PORT=} and {@code TOKEN=}
 * and serves until killed. Quotas are lifted so that they do not cap the measurement.
 */
public final class SecurityOverheadServer {

    private SecurityOverheadServer() {
    }

    public static void main(String[] args) throws Exception {
        try {
            serve();
        } catch (RuntimeException e) {
            e.printStackTrace();
            System.exit(1);
        }
    }

    private static void serve() throws Exception {
        TestIdentities identities = new TestIdentities();
        Map<String, String> overrides = BenchSettings.platform(identities,
                Files.createTempDirectory(Path.of("target"), "bench-data-"), java.util.Optional.empty());
        Config config = TestPlatform.config(overrides);
        JsonBodies json = new JsonBodies(JsonBodies.newMapper());
        io.helidon.webserver.http.Handler same = (req, res) -> json.send(res, Status.OK_200,
                Map.of("anonymous", Callers.of(req).isAnonymous(), "province", "Thanh Hóa"));
        Platform platform = Platform.start(config, PlatformSettings.from(config), database -> List.of(
                Endpoint.get("/bench/open", Access.anyone(), same),
                Endpoint.get("/bench/protected", Access.staff(), same)));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            platform.close();
            identities.close();
        }));
        System.out.println("PORT=" + platform.port());
        System.out.println("TOKEN=" + identities.token(TestIdentities.Identity.OFFICER_UNIT_A));
        System.out.flush();
        Thread.currentThread().join();
    }
}
