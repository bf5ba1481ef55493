package io.mtlint.server;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * LanguageTool's own HTTP server (the version mtlint embeds) in a process of its own on a free loopback port,
 * for comparing answers. Its classpath is resolved by Maven from src/test/languagetool-server/pom.xml.
 */
final class LanguageToolServerProcess implements AutoCloseable {
    private static final Path POM = Path.of("src/test/languagetool-server/pom.xml");
    private static final Path CLASSPATH = Path.of("target/languagetool-server.classpath");

    private final Process process;
    private final int port;
    private final Path log;

    private LanguageToolServerProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    int port() {
        return port;
    }

    /** The classpath, resolved once per build directory; null with the reason printed when Maven cannot. */
    static String classpath() throws IOException, InterruptedException {
        if (Files.isRegularFile(CLASSPATH) && Files.size(CLASSPATH) > 0) {
            return Files.readString(CLASSPATH).trim();
        }
        String maven = System.getProperty("mtlint.test.maven", "mvn");
        String repository = System.getProperty("mtlint.test.mavenRepository");
        // Offline first (the usual case: the artifacts are in the local repository), then from the registry.
        for (boolean offline : new boolean[] {true, false}) {
            List<String> command = new ArrayList<>(List.of(maven, "-B", "-q", "-f", POM.toString(),
                    "dependency:build-classpath", "-Dmdep.outputFile=" + CLASSPATH.toAbsolutePath()));
            if (offline) {
                command.add(1, "-o");
            }
            if (repository != null && !repository.isBlank()) {
                command.add("-Dmaven.repo.local=" + repository);
            }
            Path output = Files.createTempFile("mtlint-lt-classpath", ".log");
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            if (!p.waitFor(10, TimeUnit.MINUTES)) {
                p.destroyForcibly();
            } else if (p.exitValue() == 0 && Files.isRegularFile(CLASSPATH)) {
                Files.deleteIfExists(output);
                return Files.readString(CLASSPATH).trim();
            }
            if (!offline) {
                System.err.println("note: LanguageToolServerProcess: cannot resolve LanguageTool's server: "
                        + Files.readString(output).lines().filter(l -> l.contains("ERROR")).findFirst().orElse("?"));
            }
            Files.deleteIfExists(output);
        }
        return null;
    }

    /** Starts the server and waits until it accepts connections; null when it cannot be had here. */
    static LanguageToolServerProcess start() throws IOException, InterruptedException {
        String classpath = classpath();
        if (classpath == null) {
            return null;
        }
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        Path log = Files.createTempFile("languagetool-server", ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx1g", "-cp", classpath, "org.languagetool.server.HTTPServer",
                "--port", String.valueOf(port)).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        LanguageToolServerProcess server = new LanguageToolServerProcess(p, port, log);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline && p.isAlive()) {
            try (Socket ignored = new Socket(InetAddress.getLoopbackAddress(), port)) {
                return server;
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        server.close();
        throw new IllegalStateException("LanguageTool's server did not start: " + output);
    }

    @Override
    public void close() throws IOException {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        Files.deleteIfExists(log);
    }
}
