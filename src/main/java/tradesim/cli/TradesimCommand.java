package tradesim.cli;

import picocli.CommandLine.Command;

/** The top-level {@code tradesim} command: only subcommands, help and version. */
@Command(name = "tradesim", mixinStandardHelpOptions = true, versionProvider = ToolInfo.class,
        description = "Trade-policy timeline and tariff scenario simulator.",
        subcommands = {
                RunCommand.class,
                PathsCommand.class,
                SensitivityCommand.class,
                CompareCommand.class,
                BacktestCommand.class,
                ExerciseCommand.class,
                ValidateCommand.class,
                ExplainCommand.class,
                DataCommand.class,
                NewCommand.class,
                ServeCommand.class,
                CompletionCommand.class,
        })
public final class TradesimCommand {
}
