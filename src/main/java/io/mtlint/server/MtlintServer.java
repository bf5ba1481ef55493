package io.mtlint.server;

import io.mtlint.config.CheckOptions;
import io.mtlint.config.ConfigException;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.SizeLimitHandler;
import org.eclipse.jetty.util.BlockingArrayQueue;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

import java.io.PrintStream;
import java.net.URI;
import java.util.concurrent.CompletableFuture;

/**
 * mtlint as a long-running HTTP server: LanguageTool's API v2 for LanguageTool's clients, and a page for
 * editors. LanguageTool and the rules stay loaded between requests. Built on Jetty's core server.
 */
public final class MtlintServer implements AutoCloseable {
    /** Jetty's own threads beyond the checks': the acceptor, the selector, static files, refusals. */
    private static final int SPARE_THREADS = 8;

    private final Server server;
    private final ServerConnector connector;
    private final CheckService checks;
    private final CompletableFuture<Void> warm;

    private MtlintServer(Server server, ServerConnector connector, CheckService checks, CompletableFuture<Void> warm) {
        this.server = server;
        this.connector = connector;
        this.checks = checks;
        this.warm = warm;
    }

    /**
     * Starts listening, then loads the default configuration in the background ({@link #warmedUp}). A failure
     * to bind (port in use, unknown address) is an {@link java.io.IOException} with Jetty's reason.
     */
    public static MtlintServer start(CheckOptions options, ServerSettings settings, PrintStream log) throws Exception {
        CheckService checks = new CheckService(options, settings);
        int threads = settings.workers() + settings.queue() + SPARE_THREADS;
        QueuedThreadPool pool = new QueuedThreadPool(threads, Math.min(threads, 4), 60_000,
                new BlockingArrayQueue<>(threads, threads, threads * 4));
        pool.setName("mtlint-server");
        pool.setDaemon(true);
        Server server = new Server(pool);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendDateHeader(true);
        ServerConnector connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
        connector.setHost(settings.bind());
        connector.setPort(settings.port());
        connector.setIdleTimeout(Math.max(30_000, settings.timeLimit().toMillis() + 5_000));
        server.addConnector(connector);
        SizeLimitHandler limit = new SizeLimitHandler(settings.maxRequestBytes(), -1);
        limit.setHandler(new ApiHandler(checks, settings, log));
        server.setHandler(limit);
        server.setErrorHandler(new PlainErrorHandler());
        server.setStopTimeout(2_000);
        try {
            server.start();
        } catch (Exception e) {
            checks.close();
            server.stop();
            throw e;
        }
        CompletableFuture<Void> warm = CompletableFuture.runAsync(() -> {
            try {
                checks.warmUp();
            } catch (ConfigException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        });
        return new MtlintServer(server, connector, checks, warm);
    }

    public int port() {
        return connector.getLocalPort();
    }

    public URI uri() {
        String host = connector.getHost() == null || connector.getHost().contains(":")
                ? "[" + (connector.getHost() == null ? "::" : connector.getHost()) + "]" : connector.getHost();
        return URI.create("http://" + host + ":" + port() + "/");
    }

    /** Completes once the default configuration is loaded; fails with the configuration's problem. */
    public CompletableFuture<Void> warmedUp() {
        return warm;
    }

    public void join() throws InterruptedException {
        server.join();
    }

    @Override
    public void close() throws Exception {
        try {
            server.stop();
        } finally {
            checks.close();
        }
    }
}
