package vn.ngoaivu.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;

/**
 * rapper (Debian raptor2-utils, installed by deploy/install-test-tools.sh), an RDF parser independent of Jena.
 * Tests that need it are skipped without it, unless NGOAIVU_REQUIRE_TOOLS=true (as in CI): then they fail.
 * Shared with the other modules' tests through this module's test jar.
 */
public final class Rapper {

    private static final Pattern TRIPLE_COUNT = Pattern.compile("returned (\\d+) triples");

    private Rapper() {
    }

    /** Skips the calling test, or fails it when tools are required, if rapper does not run. */
    public static void require() {
        if (runs()) {
            return;
        }
        String why = "rapper (Debian package raptor2-utils) is not on the PATH";
        if ("true".equals(System.getenv("NGOAIVU_REQUIRE_TOOLS"))) {
            fail(why + ", and NGOAIVU_REQUIRE_TOOLS=true");
        }
        Assumptions.abort(why + ": independent parsing skipped");
    }

    /** Parses {@code file} in {@code syntax} ({@code ntriples}, {@code turtle}, {@code rdfxml}) and counts triples. */
    public static long countTriples(Path file, String syntax) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("rapper", "-i", syntax, "-c", file.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("rapper did not finish on " + file);
        }
        // rapper exits with 2 on warnings: those count as failures too.
        assertEquals(0, process.exitValue(), output);
        Matcher count = TRIPLE_COUNT.matcher(output);
        if (!count.find()) {
            fail("no triple count in rapper's output: " + output);
        }
        return Long.parseLong(count.group(1));
    }

    private static boolean runs() {
        try {
            Process process = new ProcessBuilder("rapper", "--version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
