package vn.ngoaivu.simulator;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * How the simulator starts.
 *
 * @param port                 HTTP port on 127.0.0.1; 0 picks a free one
 * @param token                the bearer token both simulated systems require
 * @param trustedCaCertificate where to write the test CA's certificate (PEM) for the platform to trust; empty: nowhere
 */
public record SimulatorSettings(int port, String token, Optional<Path> trustedCaCertificate) {

    public static final int DEFAULT_PORT = 8095;
    /** The token when none is given: the simulator is local test infrastructure, never a real secret. */
    public static final String DEFAULT_TOKEN = "simulator-token";
    public static final String TOKEN_ENVIRONMENT_VARIABLE = "NGOAIVU_SIMULATOR_TOKEN";

    public SimulatorSettings {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535, got " + port);
        }
        if (token == null || token.isBlank() || !token.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new IllegalArgumentException("the token must be visible ASCII without spaces");
        }
    }

    /** A free port, the default token, no CA file: what a test wants. */
    public static SimulatorSettings forTests() {
        return new SimulatorSettings(0, DEFAULT_TOKEN, Optional.empty());
    }

    /**
     * From the command line {@code [--port=N] [--token=T] [--ca-cert=PATH]}; the token falls back to
     * {@value #TOKEN_ENVIRONMENT_VARIABLE}, then to {@value #DEFAULT_TOKEN}.
     *
     * @throws IllegalArgumentException on an unknown argument or a bad value
     */
    public static SimulatorSettings fromArgs(String[] args, Map<String, String> environment) {
        int port = DEFAULT_PORT;
        String token = environment.getOrDefault(TOKEN_ENVIRONMENT_VARIABLE, DEFAULT_TOKEN);
        Optional<Path> caCertificate = Optional.empty();
        for (String arg : args) {
            if (arg.startsWith("--port=")) {
                try {
                    port = Integer.parseInt(arg.substring("--port=".length()));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("bad port in " + arg);
                }
            } else if (arg.startsWith("--token=")) {
                token = arg.substring("--token=".length());
            } else if (arg.startsWith("--ca-cert=")) {
                try {
                    caCertificate = Optional.of(Path.of(arg.substring("--ca-cert=".length())).toAbsolutePath());
                } catch (InvalidPathException e) {
                    throw new IllegalArgumentException("bad path in " + arg);
                }
            } else {
                throw new IllegalArgumentException("unknown argument: " + arg);
            }
        }
        return new SimulatorSettings(port, token, caCertificate);
    }
}
