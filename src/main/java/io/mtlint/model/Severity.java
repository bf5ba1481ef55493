package io.mtlint.model;

import java.util.Locale;

/** How serious a finding is; ordered from most to least severe. */
public enum Severity {
    ERROR, WARNING, INFO;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when this severity is at least as serious as {@code threshold}. */
    public boolean atLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }

    public static Severity fromId(String id) {
        for (Severity s : values()) {
            if (s.id().equalsIgnoreCase(id.trim())) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown severity '" + id + "' (valid: error, warning, info)");
    }
}
