package vn.ngoaivu.registry.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A real OpenSearch node in its own JVM (the deploy module's launcher: OpenSearch 3 brings Lucene 10, the
 * platform's Lucene backend is Lucene 9, so they cannot share a classpath). Stoppable and restartable on the
 * same port and data, to test what happens to writes while the engine is down.
 */
final class OpenSearchNodeProcess implements AutoCloseable {

    private static final Path DEPLOY = Path.of("..", "deploy", "target").toAbsolutePath().normalize();

    private final Path dataDir;
    private final int port;
    private Process process;

    OpenSearchNodeProcess(Path dataDir) throws IOException {
        this.dataDir = dataDir;
        try (ServerSocket socket = new ServerSocket(0)) {
            this.port = socket.getLocalPort();
        }
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + port);
    }

    OpenSearchNodeProcess start() throws Exception {
        Path classpathFile = DEPLOY.resolve("opensearch-node.classpath");
        if (!Files.exists(classpathFile)) {
            throw new IllegalStateException(classpathFile + " is missing: build the deploy module first (./mvnw -pl deploy package)");
        }
        String classpath = DEPLOY.resolve("classes") + java.io.File.pathSeparator + Files.readString(classpathFile).strip();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        process = new ProcessBuilder(List.of(java, "-Xms512m", "-Xmx512m", "-XX:+UseSerialGC", "-cp", classpath,
                "vn.ngoaivu.deploy.opensearch.OpenSearchNode", "--data-dir=" + dataDir, "--http-port=" + port))
                .redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<Boolean> ready = CompletableFuture.supplyAsync(() -> {
            try {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.startsWith("OPENSEARCH READY")) {
                        drain(out);
                        return true;
                    }
                }
            } catch (IOException e) {
                return false;
            }
            return false;
        });
        if (!ready.get(180, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the OpenSearch node exited before it was ready (exit " + process.waitFor() + ")");
        }
        return this;
    }

    /** Keeps reading the node's output so that it never blocks on a full pipe. */
    private static void drain(BufferedReader out) {
        Thread thread = new Thread(() -> {
            try {
                while (out.readLine() != null) {
                    // discarded: the node's own log is in its data directory
                }
            } catch (IOException ignored) {
                // the node stopped
            }
        }, "opensearch-output");
        thread.setDaemon(true);
        thread.start();
    }

    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
