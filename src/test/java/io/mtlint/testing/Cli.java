package io.mtlint.testing;

import io.mtlint.cli.Main;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Runs the mtlint command line in-process and captures what it prints. */
public final class Cli {
    /** Exit code and the two output streams of one run. */
    public record Result(int exitCode, String out, String err) {
    }

    private Cli() {
    }

    /** Tests check afresh unless they test the cache: a result cached by an earlier run would hide the work. */
    private static String[] withoutCache(String[] args) {
        java.util.List<String> list = new java.util.ArrayList<>(java.util.List.of(args));
        if (!list.isEmpty() && (list.get(0).equals("check") || list.get(0).equals("fix"))
                && !list.contains("--cache-dir") && !list.contains("--no-cache")) {
            list.add(1, "--no-cache");
        }
        return list.toArray(new String[0]);
    }

    public static Result run(String... args) {
        return runWithInput(new byte[0], args);
    }

    /**
     * Runs mtlint in a child JVM whose working directory is {@code workingDirectory}, for what depends on the
     * directory a user runs it from (a JVM cannot change its own).
     */
    public static Result runIn(Path workingDirectory, String... args) {
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(java.util.List.of(withoutCache(args)));
        try {
            Process p = new ProcessBuilder(command).directory(workingDirectory.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
            java.util.concurrent.CompletableFuture<byte[]> err = java.util.concurrent.CompletableFuture.supplyAsync(
                    () -> readAll(p.getErrorStream()));
            byte[] out = readAll(p.getInputStream());
            int code = p.waitFor();
            return new Result(code, new String(out, StandardCharsets.UTF_8),
                    new String(err.join(), StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] readAll(InputStream in) {
        try {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static Result runWithInput(byte[] stdin, String... args) {
        return run(stdin, 0, args);
    }

    /** Runs mtlint with standard error on a terminal {@code width} columns wide. */
    public static Result runWithStderrTerminal(int width, String... args) {
        return run(new byte[0], width, args);
    }

    private static Result run(byte[] stdin, int stderrWidth, String... args) {
        args = withoutCache(args);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        InputStream in = new ByteArrayInputStream(stdin);
        int code = Main.run(args, in, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false, () -> stderrWidth);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
