package io.mtlint.cli;

import io.mtlint.config.ConfigFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code mtlint init}: write a commented starter {@code .mtlint.yaml}. */
@Command(name = "init", mixinStandardHelpOptions = true, description = "Write a commented starter .mtlint.yaml.")
final class InitCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--dir", paramLabel = "DIR", description = "Where to write it (default: the current directory).")
    Path dir = Path.of(".");

    @Option(names = "--force", description = "Overwrite an existing .mtlint.yaml.")
    boolean force;

    @Override
    public Integer call() {
        Path file = dir.resolve(ConfigFile.NAME);
        if (Files.exists(file) && !force) {
            spec.commandLine().getErr().println("mtlint: " + file + " already exists (use --force to overwrite)");
            return Main.USAGE;
        }
        try {
            Files.writeString(file, ConfigFile.starter(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            spec.commandLine().getErr().println("mtlint: cannot write " + file + ": " + e.getMessage());
            return Main.UNREADABLE;
        }
        spec.commandLine().getOut().println("Wrote " + file);
        return Main.OK;
    }
}
