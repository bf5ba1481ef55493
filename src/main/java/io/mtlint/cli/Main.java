package io.mtlint.cli;

import io.mtlint.support.ErrorMessages;
import io.mtlint.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntSupplier;

/** The {@code mtlint} command: a thin layer over the library in {@code io.mtlint.check}. */
@Command(name = "mtlint", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "Finds and fixes machine-translation artefacts in articles.",
        subcommands = {CheckCommand.class, FixCommand.class, RulesCommand.class, EvalCommand.class, InitCommand.class, BaselineCommand.class,
                ServerCommand.class,
                CompletionCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    public static final int OK = 0;
    public static final int FINDINGS = 1;
    public static final int USAGE = 2;
    public static final int UNREADABLE = 3;

    InputStream stdin = System.in;
    /** Standard output as bytes, for output that must keep an input's encoding (fix -). */
    PrintStream stdout = System.out;
    boolean stdoutIsTerminal;
    /** The width of standard error's terminal, 0 when it is not one (then no progress bar is drawn). */
    IntSupplier stderrTerminalWidth = () -> 0;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        io.mtlint.support.Trace.mark("main");
        io.mtlint.check.CheckerFactory.startLoading();
        CompletableFuture<Integer> stderrWidth = StderrTerminal.width();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        int code = run(args, System.in, out, err, System.console() != null, stderrWidth::join);
        out.flush();
        err.flush();
        io.mtlint.support.Trace.mark("exit " + code);
        io.mtlint.support.Trace.threadTimes();
        System.exit(code);
    }

    /** Runs mtlint with the given streams and returns the exit code; used by tests and embedders. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err, boolean terminal) {
        return run(args, in, out, err, terminal, () -> 0);
    }

    /**
     * As {@link #run(String[], InputStream, PrintStream, PrintStream, boolean)}, with standard error a terminal
     * {@code stderrTerminalWidth} columns wide (0: not a terminal).
     */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err, boolean terminal,
                          IntSupplier stderrTerminalWidth) {
        Main main = new Main();
        main.stdin = in;
        main.stdout = out;
        main.stdoutIsTerminal = terminal;
        main.stderrTerminalWidth = stderrTerminalWidth;
        CommandLine cli = new CommandLine(main);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler((e, args2) -> {
            // One line for the mistake (picocli's "did you mean" after it), not the whole usage text.
            CommandLine commandLine = e.getCommandLine();
            PrintWriter err2 = commandLine.getErr();
            // picocli says "Value for option option '--severity'" of a key=value option.
            err2.println("mtlint: " + ErrorMessages.oneLine(e).replace("option option '", "option '"));
            CommandLine.UnmatchedArgumentException.printSuggestions(e, err2);
            err2.println("Try 'mtlint " + commandPath(commandLine) + "--help' for the options.");
            return USAGE;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            boolean debug = parseResult.originalArgs().contains("--debug");
            commandLine.getErr().println("mtlint: " + ErrorMessages.oneLine(e));
            if (debug) {
                e.printStackTrace(commandLine.getErr());
            }
            return USAGE;
        });
        return cli.execute(args);
    }

    /** "check " for a subcommand's line, "" for the top level. */
    private static String commandPath(CommandLine commandLine) {
        String path = commandLine.getCommandSpec().qualifiedName(" ");
        return path.equals("mtlint") ? "" : path.substring("mtlint ".length()) + " ";
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"mtlint " + Version.get() + " (LanguageTool 6.8, Java "
                    + System.getProperty("java.version") + ")"};
        }
    }
}
