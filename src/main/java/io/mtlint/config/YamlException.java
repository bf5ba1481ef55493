package io.mtlint.config;

/** A configuration or rule-pack problem at a known file and line. */
public final class YamlException extends Exception {
    private final String file;
    private final int line;

    public YamlException(String file, int line, String message) {
        super(file + (line > 0 ? ":" + line : "") + ": " + message);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }
}
