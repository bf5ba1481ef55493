package io.mtlint.report;

/** ANSI colours for terminals, or plain text when colour is off. */
public final class Ansi {
    private final boolean enabled;

    public Ansi(boolean enabled) {
        this.enabled = enabled;
    }

    public String red(String s) {
        return wrap("31", s);
    }

    public String yellow(String s) {
        return wrap("33", s);
    }

    public String blue(String s) {
        return wrap("34", s);
    }

    public String green(String s) {
        return wrap("32", s);
    }

    public String bold(String s) {
        return wrap("1", s);
    }

    public String dim(String s) {
        return wrap("2", s);
    }

    public String underline(String s) {
        return wrap("4", s);
    }

    private String wrap(String code, String s) {
        return enabled && !s.isEmpty() ? "\u001b[" + code + "m" + s + "\u001b[0m" : s;
    }
}
