package vn.ngoaivu.deploy.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The node's contract, as another module's tests use it: launched in a JVM of its own with the class path file,
 * one READY line on stdout, a real OpenSearch on 127.0.0.1, SIGTERM stops it, and a node started again on the same
 * data directory and port finds its indices.
 */
class OpenSearchNodeIT {

    private static final Pattern READY = Pattern.compile("(?m)^OPENSEARCH READY http://127\\.0\\.0\\.1:(\\d+)$");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path dir;

    private Process node;

    @AfterEach
    void killLeftover() throws InterruptedException {
        if (node != null && node.isAlive()) {
            node.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void startsAnswersStopsAndKeepsItsIndicesAcrossARestart() throws Exception {
        Path data = dir.resolve("data");
        int port = start(data, 0, dir.resolve("first.log"));
        assertTrue(port > 0);

        String version = get(port, "/");
        assertTrue(version.contains("\"distribution\" : \"opensearch\""), version);
        assertTrue(version.contains("\"cluster_name\" : \"ngoaivu-search\""), version);
        send(port, "PUT", "/experts", "{\"mappings\":{\"properties\":{\"name\":{\"type\":\"text\"}}}}");
        send(port, "PUT", "/experts/_doc/1?refresh=true", "{\"name\":\"chuyên gia luật quốc tế\"}");

        stop();
        assertEquals(1, Files.readString(dir.resolve("first.log")).split("OPENSEARCH READY", -1).length - 1,
                "exactly one READY line");

        assertEquals(port, start(data, port, dir.resolve("second.log")));
        String hits = send(port, "POST", "/experts/_search", "{\"query\":{\"match\":{\"name\":\"luật\"}}}");
        assertTrue(hits.contains("\"total\":{\"value\":1,"), hits);
        stop();
    }

    /** Launches the node and waits for its READY line; returns the HTTP port. */
    private int start(Path data, int port, Path log) throws IOException, InterruptedException {
        String classpath = "target/classes" + File.pathSeparator
                + Files.readString(Path.of("target/opensearch-node.classpath")).strip();
        node = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms512m", "-Xmx512m", "--enable-native-access=ALL-UNNAMED", "-cp", classpath, OpenSearchNode.class.getName(),
                "--data-dir=" + data, "--http-port=" + port))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            Matcher ready = READY.matcher(Files.readString(log, StandardCharsets.UTF_8));
            if (ready.find()) {
                return Integer.parseInt(ready.group(1));
            }
            if (!node.isAlive()) {
                fail("node exited with " + node.exitValue() + ":\n" + Files.readString(log));
            }
            Thread.sleep(100);
        }
        fail("no READY line after 120 s:\n" + Files.readString(log));
        return -1;
    }

    private void stop() throws InterruptedException {
        node.destroy();   // SIGTERM
        assertTrue(node.waitFor(60, TimeUnit.SECONDS), "node did not stop on SIGTERM");
        assertEquals(143, node.exitValue(), "exit status after SIGTERM (128 + 15)");
    }

    private static String get(int port, String path) throws IOException, InterruptedException {
        return send(port, "GET", path, null);
    }

    private static String send(int port, String method, String path, String json)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30));
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(response.statusCode() / 100 == 2, method + " " + path + ": " + response.statusCode() + " "
                + response.body());
        return response.body();
    }
}
