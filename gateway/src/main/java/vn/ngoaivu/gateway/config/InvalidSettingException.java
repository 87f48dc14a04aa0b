package vn.ngoaivu.gateway.config;

/** A configuration value that stops start-up; the message names the key and says what is expected. */
public final class InvalidSettingException extends RuntimeException {

    private final String key;

    public InvalidSettingException(String key, String problem) {
        super(key + ": " + problem + " (environment variable " + SettingsReader.environmentVariable(key) + ")");
        this.key = key;
    }

    public String key() {
        return key;
    }
}
