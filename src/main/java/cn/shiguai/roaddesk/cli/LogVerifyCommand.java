package cn.shiguai.roaddesk.cli;

import cn.shiguai.roaddesk.common.db.DataAccessException;
import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.dutylog.ChainReport;
import cn.shiguai.roaddesk.dutylog.DutyLog;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code log verify}: recomputes the chain; exit 0 with the head hash, or 3 naming the first bad entry. */
@Command(mixinStandardHelpOptions = true, name = "verify", description = {"Recompute the duty log's hash chain.", "",
        "Exit status: 0 intact (prints the head hash); 3 an entry was edited, deleted or reordered; 1 the store failed."})
final class LogVerifyCommand implements Callable<Integer> {
    @ParentCommand
    private LogCommand log;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        Messages messages = log.root().messages();
        try (Database db = StoreAccess.openForReading(log.root())) {
            return report(new DutyLog(db).verify(), messages, spec.commandLine().getOut(), spec.commandLine().getErr());
        } catch (DataAccessException e) {
            return StoreAccess.failed(e, messages, spec.commandLine().getErr());
        }
    }

    static String sentence(ChainReport report, Messages messages) {
        return report.intact()
                ? messages.format("log.verify.intact", String.valueOf(report.count()), report.headHash())
                : messages.format("log.verify." + report.problem().name(), String.valueOf(report.firstBadSeq()),
                        String.valueOf(report.count()));
    }

    static int report(ChainReport report, Messages messages, PrintWriter out, PrintWriter err) {
        if (report.intact()) {
            out.println(report.headHash());
            err.println(sentence(report, messages));
            return StoreAccess.EXIT_OK;
        }
        out.println(sentence(report, messages));
        return StoreAccess.EXIT_CHAIN_BROKEN;
    }
}
