package cn.shiguai.roaddesk.cli;

import cn.shiguai.roaddesk.Launcher;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/**
 * A seat in a process of its own: runs {@code roaddesk --data-dir DIR --db URL log add …} COUNT
 * times, the role from the environment, and prints each confirmed sequence number on a line.
 */
public final class LogAddLoop {
    private LogAddLoop() {
    }

    public static void main(String[] args) {
        String dataDir = args[0];
        String url = args[1];
        int count = Integer.parseInt(args[2]);
        String seat = args[3];
        for (int i = 0; i < count; i++) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CommandLine cli = Launcher.commandLine(options -> {
                throw new AssertionError("no window");
            });
            cli.setOut(new PrintWriter(out));
            cli.setErr(new PrintWriter(err));
            int status = cli.execute("--data-dir", dataDir, "--db", url, "log", "add", seat + " 第" + i + "条");
            if (status != 0) {
                System.out.println("failed " + status + " " + err);
                System.exit(1);
            }
            System.out.println("ok " + out.toString().strip());
        }
        System.exit(0);
    }
}
