package io.mtlint.cli;

import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code mtlint generate-completion [bash|zsh]}: picocli's completion script, which bash runs and zsh runs
 * through bashcompinit. Rule ids complete after {@code --rule}, {@code --disable} and {@code rules explain}.
 */
@Command(name = "generate-completion", mixinStandardHelpOptions = true,
        description = "Print a completion script for bash or zsh: source <(mtlint generate-completion).")
final class CompletionCommand implements Callable<Integer> {
    private static final List<String> SHELLS = List.of("bash", "zsh");

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SHELL", arity = "0..1", description = "bash (the default) or zsh.")
    String shell = "bash";

    @Override
    public Integer call() {
        if (!SHELLS.contains(shell)) {
            spec.commandLine().getErr().println("mtlint: no completion script for " + shell
                    + "; there is one for bash and zsh");
            return Main.USAGE;
        }
        spec.commandLine().getOut().print(AutoComplete.bash("mtlint", spec.root().commandLine()));
        spec.commandLine().getOut().flush();
        return Main.OK;
    }
}
