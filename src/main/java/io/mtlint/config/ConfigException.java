package io.mtlint.config;

/** A usage or configuration problem, reported as one line and exit code 2. */
public final class ConfigException extends Exception {
    public ConfigException(String message) {
        super(message);
    }
}
