package io.mtlint.cli;

import io.mtlint.support.ErrorMessages;
import io.mtlint.config.CheckOptions;
import io.mtlint.config.ConfigException;
import io.mtlint.run.CheckerProvider;
import io.mtlint.server.MtlintServer;
import io.mtlint.server.ServerSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;

/** {@code mtlint server}: LanguageTool's HTTP API and the editors' page, until stopped. */
@Command(name = "server", mixinStandardHelpOptions = true,
        description = {"Serve LanguageTool's HTTP API (POST /v2/check, GET /v2/languages) with mtlint's findings "
                + "added to LanguageTool's, and a page for editors at /. Runs until stopped (Ctrl-C)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped", "2:usage or configuration error, or the address cannot be used"})
final class ServerCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = {"-p", "--port"}, paramLabel = "PORT", description = "Port to listen on (default: 8081; 0 picks a free one).")
    int port = ServerSettings.DEFAULT_PORT;

    @Option(names = "--bind", paramLabel = "ADDRESS",
            description = "Address to listen on (default: 127.0.0.1, this machine only; 0.0.0.0 for every interface).")
    String bind = ServerSettings.DEFAULT_BIND;

    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
            description = "Configuration file (default: the nearest .mtlint.yaml above the working directory).")
    Path config;

    @Option(names = "--rules", paramLabel = "DIR", description = "Load extra rule packs from this directory (repeatable).")
    List<Path> ruleDirectories = new ArrayList<>();

    @Option(names = {"-l", "--lang"}, paramLabel = "CODE",
            description = "Target language for the page when none is chosen (default: en-US); API clients send theirs.")
    String lang;

    @Option(names = {"-s", "--source"}, paramLabel = "CODE",
            description = "Language the texts were translated from, unless a request sends mtlintSource (default: auto; or none).")
    String source;

    @Option(names = "--no-translate", description = "Do not call Apertium for translation suggestions.")
    boolean noTranslate;

    @Option(names = "--max-request-size", paramLabel = "SIZE",
            description = "Largest request body, in bytes or with k or m (default: 1m); larger ones get 413.")
    String maxRequestSize = "1m";

    @Option(names = "--time-limit", paramLabel = "SECONDS",
            description = "Longest a request may wait and run (default: 120); longer ones get 503.")
    int timeLimit = (int) ServerSettings.DEFAULT_TIME_LIMIT.toSeconds();

    @Option(names = "--threads", paramLabel = "N", description = "Checks run at once (default: number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--queue", paramLabel = "N",
            description = "Checks that may wait for a free thread (default: 32); beyond that requests get 503.")
    int queue = ServerSettings.DEFAULT_QUEUE;

    @Option(names = "--allow-origin", paramLabel = "ORIGIN", split = ",",
            description = "Web origins whose pages may call the API (CORS), e.g. https://cms.example.org; * for any. Default: none.")
    List<String> allowOrigins = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        CheckOptions options;
        ServerSettings settings;
        try {
            options = options();
            settings = new ServerSettings(bind, port, size(maxRequestSize), Duration.ofSeconds(timeLimit), threads,
                    queue, allowOrigins, ServerSettings.DEFAULT_MAX_CONFIGURATIONS);
        } catch (ConfigException | IllegalArgumentException e) {
            err.println("mtlint: " + e.getMessage());
            return Main.USAGE;
        }
        MtlintServer server;
        try {
            server = MtlintServer.start(options, settings, new PrintStream(System.err, true, StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            err.println("mtlint: cannot listen on " + bind + ":" + port + ": " + ErrorMessages.oneLine(e));
            return Main.USAGE;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (Exception ignored) {
                // The process is ending.
            }
        }, "mtlint-server-stop"));
        out.println("mtlint server listening on " + server.uri() + " (LanguageTool API: " + server.uri() + "v2/check)");
        out.flush();
        try {
            server.warmedUp().get();
            out.println("mtlint server ready: " + options.pair().target() + ", translated from "
                    + options.pair().sourceSpec());
        } catch (ExecutionException e) {
            err.println("mtlint: " + ErrorMessages.oneLine(e.getCause()));
            server.close();
            return Main.USAGE;
        }
        out.flush();
        server.join();
        return Main.OK;
    }

    private CheckOptions options() throws ConfigException {
        if (config != null && !Files.isRegularFile(config)) {
            throw new ConfigException(config + ": configuration file not found");
        }
        CheckerProvider provider = new CheckerProvider(config, base -> {
            CheckOptions.Builder o = base.toBuilder();
            if (lang != null) {
                o.target(lang);
            }
            if (source != null) {
                o.source(source);
            }
            o.ruleDirectories().addAll(ruleDirectories);
            if (noTranslate) {
                o.translate(false);
            }
            return o.build();
        });
        CheckOptions options = provider.optionsFor(Path.of("").toAbsolutePath());
        // Fails now, with the configuration's own message, rather than at the first request.
        provider.checkerFor(Path.of("").toAbsolutePath());
        return options;
    }

    static long size(String text) {
        String s = text.trim().toLowerCase(Locale.ROOT);
        long unit = 1;
        if (s.endsWith("b")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.endsWith("k")) {
            unit = 1024;
        } else if (s.endsWith("m")) {
            unit = 1024 * 1024;
        }
        if (unit > 1) {
            s = s.substring(0, s.length() - 1);
        }
        try {
            return Math.multiplyExact(Long.parseLong(s.trim()), unit);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("--max-request-size: not a size: '" + text + "' (e.g. 1m, 512k, 100000)");
        }
    }
}
