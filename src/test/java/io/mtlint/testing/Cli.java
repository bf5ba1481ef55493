package io.mtlint.testing;

import io.mtlint.cli.Main;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

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
        if (!list.isEmpty() && list.get(0).equals("check") && !list.contains("--cache-dir") && !list.contains("--no-cache")) {
            list.add(1, "--no-cache");
        }
        return list.toArray(new String[0]);
    }

    public static Result run(String... args) {
        return runWithInput(new byte[0], args);
    }

    public static Result runWithInput(byte[] stdin, String... args) {
        args = withoutCache(args);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        InputStream in = new ByteArrayInputStream(stdin);
        int code = Main.run(args, in, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
