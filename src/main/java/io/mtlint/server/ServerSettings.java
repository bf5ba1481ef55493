package io.mtlint.server;

import java.time.Duration;
import java.util.List;

/**
 * How the server listens and what it allows: the address and port, the largest request body, the longest check,
 * how many checks run at once and how many may wait, the browser origins that may call it (none: CORS off), and
 * how many rule configurations (each a LanguageTool instance) it keeps loaded.
 */
public record ServerSettings(String bind, int port, long maxRequestBytes, Duration timeLimit, int workers,
                             int queue, List<String> allowedOrigins, int maxConfigurations) {
    public static final String DEFAULT_BIND = "127.0.0.1";
    public static final int DEFAULT_PORT = 8081;
    public static final long DEFAULT_MAX_REQUEST_BYTES = 1024 * 1024;
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(120);
    public static final int DEFAULT_QUEUE = 32;
    public static final int DEFAULT_MAX_CONFIGURATIONS = 4;

    public ServerSettings {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, not " + port);
        }
        if (maxRequestBytes < 1) {
            throw new IllegalArgumentException("the request size limit must be positive");
        }
        if (timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("the time limit must be positive");
        }
        if (workers < 1 || queue < 0 || maxConfigurations < 1) {
            throw new IllegalArgumentException("workers and configurations must be at least 1, the queue at least 0");
        }
        allowedOrigins = List.copyOf(allowedOrigins);
    }

    /** The defaults: loopback only, port 8081, 1 MB, 120 s (a 1 MB article takes about 90 s on two cores), one check per core, CORS off. */
    public static ServerSettings defaults() {
        return new ServerSettings(DEFAULT_BIND, DEFAULT_PORT, DEFAULT_MAX_REQUEST_BYTES, DEFAULT_TIME_LIMIT,
                Runtime.getRuntime().availableProcessors(), DEFAULT_QUEUE, List.of(), DEFAULT_MAX_CONFIGURATIONS);
    }

    public ServerSettings withPort(int newPort) {
        return new ServerSettings(bind, newPort, maxRequestBytes, timeLimit, workers, queue, allowedOrigins,
                maxConfigurations);
    }

    public ServerSettings withAllowedOrigins(List<String> origins) {
        return new ServerSettings(bind, port, maxRequestBytes, timeLimit, workers, queue, origins, maxConfigurations);
    }

    public ServerSettings withLimits(long newMaxRequestBytes, Duration newTimeLimit, int newWorkers, int newQueue) {
        return new ServerSettings(bind, port, newMaxRequestBytes, newTimeLimit, newWorkers, newQueue, allowedOrigins,
                maxConfigurations);
    }

    /** Whether a browser page from {@code origin} may read the answers. */
    public boolean allowsOrigin(String origin) {
        return origin != null && (allowedOrigins.contains("*") || allowedOrigins.contains(origin));
    }
}
