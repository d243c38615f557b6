package cn.shiguai.roaddesk.cli;

import cn.shiguai.roaddesk.common.db.DataAccessException;
import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.dutylog.ChainReport;
import cn.shiguai.roaddesk.dutylog.DutyLog;
import cn.shiguai.roaddesk.dutylog.RecordCheck;
import cn.shiguai.roaddesk.dutylog.signed.CheckpointCheck;
import cn.shiguai.roaddesk.dutylog.signed.Checkpoints;
import java.time.Clock;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code log verify}: recomputes the chain; exit 0 with the head hash, or 3 naming the first bad entry. */
@Command(mixinStandardHelpOptions = true, name = "verify", description = {"Recompute the duty log's hash chain.", "",
        "Then checks every signed checkpoint (backups/checkpoints.jsonl and those inside each backup):",
        "a log shorter than one, or whose hash at its count differs, was truncated or rewritten.", "",
        "Exit status: 0 intact (prints the head hash); 3 an entry was edited, deleted or reordered, a record changed,",
        "or a checkpoint no longer holds or is forged; 1 the store failed."})
final class LogVerifyCommand implements Callable<Integer> {
    @ParentCommand
    private LogCommand log;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        Messages messages = log.root().messages();
        try (Database db = StoreAccess.openForReading(log.root())) {
            DutyLog dutyLog = new DutyLog(db);
            int chain = report(dutyLog.verify(), messages, spec.commandLine().getOut(), spec.commandLine().getErr());
            int records = records(dutyLog.verifyRecords(), messages, spec.commandLine().getOut(), spec.commandLine().getErr());
            int signed = checkpoints(Checkpoints.of(db, dutyLog, StoreAccess.directory(log.root()), Clock.systemUTC())
                    .verify(), messages, spec.commandLine().getOut(), spec.commandLine().getErr());
            return chain != StoreAccess.EXIT_OK ? chain : records != StoreAccess.EXIT_OK ? records : signed;
        } catch (DataAccessException e) {
            return StoreAccess.failed(e, messages, spec.commandLine().getErr());
        }
    }

    /**
     * Every known signed checkpoint against the log (issue 14, item 6): what the chain cannot show,
     * truncation and a chain recomputed after an edit, on standard output with exit 3; all holding,
     * on standard error.
     */
    static int checkpoints(CheckpointCheck check, Messages messages, PrintWriter out, PrintWriter err) {
        PrintWriter to = check.intact() ? err : out;
        check.sentences(messages).forEach(to::println);
        return check.intact() ? StoreAccess.EXIT_OK : StoreAccess.EXIT_CHAIN_BROKEN;
    }

    static String sentence(ChainReport report, Messages messages) {
        return report.intact()
                ? messages.format("log.verify.intact", String.valueOf(report.count()), report.headHash())
                : messages.format("log.verify." + report.problem().name(), String.valueOf(report.firstBadSeq()),
                        String.valueOf(report.count()));
    }

    /** Each record changed behind the app's back, named in words, on standard output; exit 3 if any. */
    static int records(RecordCheck.Result result, Messages messages, PrintWriter out, PrintWriter err) {
        if (result.intact()) {
            err.println(messages.format("log.verify.records.intact", String.valueOf(result.checked())));
            return StoreAccess.EXIT_OK;
        }
        out.println(messages.format("log.verify.records.broken", String.valueOf(result.broken()),
                String.valueOf(result.checked())));
        for (RecordCheck.Finding f : result.findings()) {
            out.println(messages.format(f.gone() ? "log.verify.record.gone" : "log.verify.record.edited",
                    messages.get("log.link." + f.type().name()), String.valueOf(f.id()), String.valueOf(f.seq())));
        }
        if (result.broken() > result.findings().size()) {
            out.println(messages.format("log.verify.records.more", String.valueOf(result.broken() - result.findings().size())));
        }
        return StoreAccess.EXIT_CHAIN_BROKEN;
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
