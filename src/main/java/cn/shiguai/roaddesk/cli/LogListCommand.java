package cn.shiguai.roaddesk.cli;

import cn.shiguai.roaddesk.common.db.DataAccessException;
import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.common.text.Days;
import cn.shiguai.roaddesk.common.text.Printable;
import cn.shiguai.roaddesk.dutylog.DutyLog;
import cn.shiguai.roaddesk.dutylog.LogEntry;
import cn.shiguai.roaddesk.dutylog.LogQuery;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code log list [--from DATE] [--to DATE] [--format text|jsonl]}. Without dates every entry
 * is printed in chain order (an export anyone can re-verify); with dates, the entries that
 * occurred on those days of the district, in order of occurrence.
 */
@Command(mixinStandardHelpOptions = true, name = "list", description = {"Print duty-log entries; jsonl has every field and the hash."})
final class LogListCommand implements Callable<Integer> {
    @ParentCommand
    private LogCommand log;

    @Spec
    private CommandSpec spec;

    @Option(names = "--from", paramLabel = "DATE", description = "first day (district time), e.g. 2026-01-12")
    private String from;

    @Option(names = "--to", paramLabel = "DATE", description = "last day, inclusive")
    private String to;

    @Option(names = "--format", paramLabel = "text|jsonl", defaultValue = "text",
            description = "text (default) or jsonl: one JSON object per entry")
    private String format;

    @Override
    public Integer call() {
        Messages messages = log.root().messages();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!"text".equalsIgnoreCase(format) && !"jsonl".equalsIgnoreCase(format)) {
            err.println(messages.format("cli.format", Printable.escape(format)));
            return StoreAccess.EXIT_INVALID;
        }
        LocalDate first;
        LocalDate last;
        try {
            first = from == null ? null : day(from, messages);
            last = to == null ? null : day(to, messages);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return StoreAccess.EXIT_INVALID;
        }
        if (first != null && last != null && first.isAfter(last)) {
            err.println(messages.format("cli.dates.order", first.toString(), last.toString()));
            return StoreAccess.EXIT_INVALID;
        }
        LogLines lines = new LogLines(messages);
        Consumer<LogEntry> printer = "jsonl".equalsIgnoreCase(format) ? e -> out.println(lines.json(e))
                : e -> out.println(lines.text(e));
        try (Database db = StoreAccess.openForReading(log.root())) {
            DutyLog dutyLog = new DutyLog(db);
            if (first == null && last == null) {
                dutyLog.forEachInChainOrder(printer);
            } else {
                LogQuery query = LogQuery.between(
                        first == null ? null : first.atStartOfDay(DutyLog.DISTRICT_ZONE).toInstant(),
                        last == null ? null : last.plusDays(1).atStartOfDay(DutyLog.DISTRICT_ZONE).toInstant());
                dutyLog.list(query).forEach(printer);
            }
            out.flush();
            return StoreAccess.EXIT_OK;
        } catch (DataAccessException e) {
            return StoreAccess.failed(e, messages, spec.commandLine().getErr());
        }
    }

    /** A day of the option, bounded (Days), or the sentence that refuses it as the exception's message. */
    private static LocalDate day(String text, Messages messages) {
        LocalDate day = Days.parse(text)
                .orElseThrow(() -> new IllegalArgumentException(messages.format("log.error.date", Printable.escape(text))));
        if (!Days.inRange(day)) {
            throw new IllegalArgumentException(messages.format("cli.date.range", text, Days.FIRST.toString(),
                    Days.LAST.toString()));
        }
        return day;
    }
}
