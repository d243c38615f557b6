package cn.shiguai.roaddesk;

import cn.shiguai.roaddesk.app.WindowOptions;
import cn.shiguai.roaddesk.cli.Arguments;
import cn.shiguai.roaddesk.cli.CommandLineSafety;
import cn.shiguai.roaddesk.desk.DesktopApp;
import cn.shiguai.roaddesk.cli.RoadDeskCommand;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * The main class. Not a JavaFX {@code Application}, so that the jar runs on the class path
 * and the commands never touch the JavaFX toolkit: the window's classes are loaded only when
 * no command is given.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        System.exit(run(Arguments.decoded(args)));
    }

    /** Runs a command line and returns the exit status; what tests call. */
    public static int run(String... args) {
        CommandLine cli = commandLine(DesktopApp::launchWindow);
        cli.setOut(new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        return cli.execute(args);
    }

    public static CommandLine commandLine(java.util.function.Consumer<WindowOptions> openWindow) {
        return CommandLineSafety.installed(new CommandLine(new RoadDeskCommand(openWindow)));
    }
}
