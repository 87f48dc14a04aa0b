package vn.ngoaivu.gateway;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged platform as a user runs it: {@code java -jar target/ngoaivu-gateway.jar}. It starts with
 * the embedded defaults, answers, and on SIGINT (Ctrl-C) stops the database with it; bad configuration
 * stops it with one line naming the key.
 */
class MainProcessIT {

    private static final Pattern READY = Pattern.compile("ready on http://[^:]+:(\\d+) in (\\d+) ms");

    private static ProcessBuilder platformProcess(Path dataDir, Map<String, String> env) {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-Xmx256m", "-jar", "target/ngoaivu-gateway.jar")
                .redirectErrorStream(true);
        builder.environment().put("SERVER_PORT", "0");
        builder.environment().put("PLATFORM_DATA_DASH_DIR", dataDir.toString());
        builder.environment().putAll(env);
        return builder;
    }

    @Test
    void startsAnswersAndStopsCleanlyOnCtrlC(@TempDir Path dataDir) throws Exception {
        Process process = platformProcess(dataDir, Map.of()).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            Matcher ready = null;
            for (String line; (line = out.readLine()) != null; ) {
                Matcher m = READY.matcher(line);
                if (m.find()) {
                    ready = m;
                    break;
                }
            }
            assertNotNull(ready, "the platform never said it was ready");
            int port = Integer.parseInt(ready.group(1));
            long readyMillis = Long.parseLong(ready.group(2));
            System.out.println("platform ready " + readyMillis + " ms after Platform.start (embedded PostgreSQL included)");

            HttpResponse<String> health = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/observe/health/ready")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, health.statusCode(), health.body());
            Path pidFile = dataDir.resolve("pg/postmaster.pid");
            assertTrue(Files.exists(pidFile), "embedded PostgreSQL runs in the data dir");
            long postgresPid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());

            new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor();
            out.transferTo(java.io.Writer.nullWriter());
            assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the platform stops on SIGINT");
            assertFalse(Files.exists(pidFile), "PostgreSQL shut down and removed its pid file");
            assertFalse(isRunning(postgresPid), "no orphan postmaster");
        } finally {
            process.destroyForcibly();
        }
    }

    /** Alive and not a zombie: an exited postmaster whose parent is gone may wait unreaped in a container. */
    private static boolean isRunning(long pid) throws IOException {
        Path stat = Path.of("/proc", Long.toString(pid), "stat");
        if (!Files.exists(stat)) {
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        }
        String text = Files.readString(stat);
        char state = text.charAt(text.lastIndexOf(')') + 2);
        return state != 'Z' && state != 'X';
    }

    @Test
    void invalidConfigurationStopsStartUpNamingTheKey(@TempDir Path dataDir) throws IOException, InterruptedException {
        Process process = platformProcess(dataDir, Map.of("PLATFORM_DATABASE_POOL_DASH_SIZE", "lots")).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        assertEquals(2, process.exitValue(), output);
        assertEquals(1, output.lines().count(), output);
        assertTrue(output.contains("platform.database.pool-size"), output);
        assertFalse(Files.exists(dataDir.resolve("pg")), "nothing started");
    }
}
