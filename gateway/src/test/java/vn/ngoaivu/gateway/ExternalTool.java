package vn.ngoaivu.gateway;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds an independent checker (rapper, redocly) on the PATH or in the project's .tools folder.
 * When NGOAIVU_REQUIRE_TOOLS=true (as in CI) a missing tool fails the test instead of skipping it.
 */
public final class ExternalTool {

    private ExternalTool() {
    }

    public static Path find(String name) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        for (Path tools = Path.of("").toAbsolutePath(); tools != null; tools = tools.getParent()) {
            Path candidate = tools.resolve(".tools/node_modules/.bin").resolve(name);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        if ("true".equals(System.getenv("NGOAIVU_REQUIRE_TOOLS"))) {
            throw new AssertionError(name + " is required (NGOAIVU_REQUIRE_TOOLS=true) but not installed");
        }
        return null;
    }
}
