package vn.ngoaivu.deploy.opensearch;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.logging.log4j.LogManager;
import org.codelibs.opensearch.runner.OpenSearchRunner;
import org.codelibs.opensearch.runner.OpenSearchRunnerException;
import org.opensearch.cluster.health.ClusterHealthStatus;
import org.opensearch.http.HttpServerTransport;

/**
 * A real single-node OpenSearch cluster ({@code ngoaivu-search}), for the registry's search tests and for local
 * use. Runs in a JVM of its own: OpenSearch 3 needs Lucene 10, the platform uses Lucene 9.
 *
 * <pre>
 * java -Xms512m -Xmx512m --enable-native-access=ALL-UNNAMED \
 *      -cp deploy/target/classes:$(cat deploy/target/opensearch-node.classpath) \
 *      vn.ngoaivu.deploy.opensearch.OpenSearchNode --data-dir=PATH [--http-port=N]
 * </pre>
 *
 * <ul>
 * <li>{@code --data-dir=PATH} (required): the node's home, created if missing ({@code PATH/node_1/{config,data,logs}}).
 * The indices stay there: a node started again on the same directory finds them.</li>
 * <li>{@code --http-port=N}: HTTP port on 127.0.0.1; 0 or absent picks a free one. The transport port is always a
 * free one (single node, nobody connects to it).</li>
 * </ul>
 *
 * Once the cluster is yellow or green, prints exactly one line {@code OPENSEARCH READY http://127.0.0.1:PORT} on
 * stdout (OpenSearch's own log lines go to stdout too, and to {@code PATH/node_1/logs}). SIGTERM or Ctrl-C closes
 * the node. Exit status 2 on bad arguments, 1 when the node cannot start. The heap is whatever the launcher gives.
 */
public final class OpenSearchNode {

    public static final String CLUSTER_NAME = "ngoaivu-search";
    public static final String READY_PREFIX = "OPENSEARCH READY ";

    private OpenSearchNode() {
    }

    public static void main(String[] args) {
        // What OpenSearch's own launcher sets (config/jvm.options). Before any Log4j class loads: the node's
        // shutdown must still be logged, so Log4j must not stop itself in a shutdown hook of its own.
        System.setProperty("log4j.shutdownHookEnabled", "false");
        System.setProperty("log4j2.disable.jmx", "true");
        System.setProperty("log4j2.formatMsgNoLookups", "true");
        // OpenSearch's logging replaces System.out with a logger ("[...][INFO ][stdout] ..."): the READY line
        // is written on the process's real stdout, as one write.
        OutputStream stdout = new FileOutputStream(FileDescriptor.out);

        Path dataDir = null;
        int httpPort = 0;
        for (String arg : args) {
            try {
                if (arg.startsWith("--data-dir=")) {
                    dataDir = Path.of(arg.substring("--data-dir=".length())).toAbsolutePath().normalize();
                } else if (arg.startsWith("--http-port=")) {
                    httpPort = Integer.parseInt(arg.substring("--http-port=".length()));
                    if (httpPort < 0 || httpPort > 65535) {
                        throw new NumberFormatException("out of range");
                    }
                } else {
                    usage("unknown argument: " + arg);
                }
            } catch (NumberFormatException | java.nio.file.InvalidPathException e) {
                usage("bad value in " + arg + ": " + e.getMessage());
            }
        }
        if (dataDir == null) {
            usage("--data-dir=PATH is required");
        }

        OpenSearchRunner runner = new OpenSearchRunner();
        CountDownLatch closed = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                if (!runner.isClosed()) {
                    System.err.println("opensearch-node: stopping");
                    runner.close();
                }
            } catch (IOException | RuntimeException e) {
                System.err.println("opensearch-node: error while stopping: " + e);
            } finally {
                LogManager.shutdown();
                closed.countDown();
            }
        }, "opensearch-node-shutdown"));

        try {
            Files.createDirectories(dataDir);
            start(runner, dataDir, httpPort);
            int port = runner.node().injector().getInstance(HttpServerTransport.class)
                    .boundAddress().publishAddress().getPort();
            waitForYellow(runner);
            stdout.write((READY_PREFIX + "http://127.0.0.1:" + port + "\n").getBytes(StandardCharsets.UTF_8));
            stdout.flush();
        } catch (Exception | Error e) {
            System.err.println("opensearch-node: could not start: " + e);
            e.printStackTrace();
            System.exit(1);   // runs the shutdown hook, which closes whatever did start
        }

        try {
            closed.await();   // OpenSearch's threads are daemons: this keeps the JVM up until SIGTERM/Ctrl-C
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void start(OpenSearchRunner runner, Path dataDir, int httpPort) {
        // The runner's own HTTP port search (9201 and up) is skipped: http.port below decides.
        runner.setMaxHttpPort(-1);
        runner.onBuild((number, settings) -> {
            settings.put("network.host", "127.0.0.1");
            settings.put("http.port", Integer.toString(httpPort));
            settings.put("transport.port", "0");
            // Small CI disks: never refuse shard allocation or writes because the disk is nearly full.
            settings.put("cluster.routing.allocation.disk.threshold_enabled", false);
            // No security plugin on the class path: plain HTTP, no authentication.
        });
        runner.build(OpenSearchRunner.newConfigs()
                .basePath(dataDir.toString())
                .numOfNode(1)                 // single-node discovery
                .clusterName(CLUSTER_NAME));
    }

    /** Waits as long as it takes (the launcher has its own timeout): recovery after a crash can be slow. */
    private static void waitForYellow(OpenSearchRunner runner) throws InterruptedException {
        long started = System.nanoTime();
        while (true) {
            try {
                ClusterHealthStatus status = runner.ensureYellow();   // waits up to 30 s per call
                if (status == ClusterHealthStatus.YELLOW || status == ClusterHealthStatus.GREEN) {
                    return;
                }
                System.err.println("opensearch-node: cluster health " + status + ", waiting");
            } catch (OpenSearchRunnerException e) {
                System.err.println("opensearch-node: cluster not yellow after "
                        + TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started) + " s, waiting");
            }
            Thread.sleep(500);
        }
    }

    private static void usage(String problem) {
        System.err.println("opensearch-node: " + problem);
        System.err.println("usage: java -cp deploy/target/classes:$(cat deploy/target/opensearch-node.classpath) "
                + OpenSearchNode.class.getName() + " --data-dir=PATH [--http-port=N (0 or absent: a free port)]");
        System.exit(2);
    }
}
