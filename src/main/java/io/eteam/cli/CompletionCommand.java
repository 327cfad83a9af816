package io.eteam.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/// `eteam completion bash|zsh`: the shell completion script of every command and option, as
/// picocli generates it from the command tree. The same script serves zsh, through zsh's
/// `bashcompinit`, which the script turns on itself.
@Command(name = "completion", mixinStandardHelpOptions = true,
        description = "Print the shell completion script: eval \"$(eteam completion bash)\" in ~/.bashrc, or the same with zsh in ~/.zshrc.")
public final class CompletionCommand implements Callable<Integer> {

    @Parameters(paramLabel = "SHELL", description = "bash or zsh")
    String shell;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!shell.equals("bash") && !shell.equals("zsh")) {
            throw new CliException(Exit.USAGE, "eteam completes commands in bash and zsh; '" + shell + "' is neither.");
        }
        var out = spec.commandLine().getOut();
        out.print(AutoComplete.bash("eteam", spec.root().commandLine()));
        out.flush();
        return Exit.OK;
    }
}
