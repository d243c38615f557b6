package cn.shiguai.roaddesk.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code log add|list|verify}: the duty log from the command line. */
@Command(mixinStandardHelpOptions = true, name = "log", description = {"The duty log (值班日志): add, list, verify."},
        subcommands = {LogAddCommand.class, LogListCommand.class, LogVerifyCommand.class})
final class LogCommand {
    @ParentCommand
    private RoadDeskCommand root;

    RoadDeskCommand root() {
        return root;
    }
}
