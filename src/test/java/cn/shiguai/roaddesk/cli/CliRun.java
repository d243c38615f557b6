package cn.shiguai.roaddesk.cli;

import cn.shiguai.roaddesk.Launcher;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the command line in-process and captures what it prints. */
record CliRun(int status, String out, String err) {

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Launcher.commandLine(options -> {
            throw new AssertionError("a command must not open the window");
        });
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int status = cli.execute(args);
        return new CliRun(status, out.toString(), err.toString());
    }

    String[] lines() {
        return out.strip().split("\\R");
    }
}
