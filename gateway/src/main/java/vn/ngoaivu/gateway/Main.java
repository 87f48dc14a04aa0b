package vn.ngoaivu.gateway;

import io.helidon.config.Config;
import vn.ngoaivu.gateway.config.InvalidSettingException;
import vn.ngoaivu.gateway.config.PlatformConfig;
import vn.ngoaivu.gateway.config.PlatformSettings;
import vn.ngoaivu.gateway.observe.LogSetup;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts the platform from the configuration; Ctrl-C or SIGTERM stops it cleanly.
 * Exit codes: 2 for invalid configuration (one line naming the key), 1 for a failed start.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        PlatformSettings settings;
        Config config;
        try {
            config = PlatformConfig.load();
            settings = PlatformSettings.from(config);
        } catch (InvalidSettingException | io.helidon.config.ConfigException e) {
            System.err.println("ngoaivu: invalid configuration: " + e.getMessage().lines().findFirst().orElse(""));
            System.exit(2);
            return;
        }
        LogSetup.configure(settings.jsonLogs());
        try {
            Platform platform = Platform.start(config, settings);
            io.helidon.Main.addShutdownHandler(platform.shutdownHandler());
        } catch (RuntimeException e) {
            Logger.getLogger(Main.class.getName()).log(Level.SEVERE, "ngoaivu-platform could not start: " + e.getMessage(), e);
            System.exit(1);
        }
    }
}
