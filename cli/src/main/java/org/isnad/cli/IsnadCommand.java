package org.isnad.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code isnad} command: entry point of the launcher. */
@Command(name = "isnad", mixinStandardHelpOptions = true, version = org.isnad.Isnad.ENGINE,
        description = "Rebuilds what happened, who says so and where reports disagree, from news reports.",
        subcommands = {AnalyzeCommand.class})
public final class IsnadCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command, e.g. 'isnad analyze FOLDER --out DIR'");
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        return new CommandLine(new IsnadCommand());
    }
}
