package cn.shiguai.roaddesk.cli;

import cn.shiguai.roaddesk.common.db.DataAccessException;
import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.dutylog.DutyLog;
import cn.shiguai.roaddesk.dutylog.LogCategory;
import cn.shiguai.roaddesk.dutylog.LogDraft;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code log add [--category C] TEXT}: a free entry by the system user; prints its number. */
@Command(mixinStandardHelpOptions = true, name = "add", description = {"Append a free entry as the system user (系统); prints its sequence number."})
final class LogAddCommand implements Callable<Integer> {
    @ParentCommand
    private LogCommand log;

    @Spec
    private CommandSpec spec;

    @Option(names = "--category", paramLabel = "C", defaultValue = "NOTE",
            description = "PHONE_IN, PHONE_OUT, ORDER, OBSERVATION or NOTE (default)")
    private String category;

    @Parameters(arity = "1..*", paramLabel = "TEXT", description = "the entry's text")
    private List<String> words;

    @Override
    public Integer call() {
        Messages messages = log.root().messages();
        LogCategory chosen = freeCategory(category);
        if (chosen == null) {
            String allowed = Arrays.stream(LogCategory.values()).filter(LogCategory::isFree).map(Enum::name)
                    .collect(Collectors.joining(", "));
            spec.commandLine().getErr().println(messages.format("log.error.category", category, allowed));
            return StoreAccess.EXIT_INVALID;
        }
        String text = String.join(" ", words).strip();
        if (text.isEmpty() || text.length() > LogDraft.MAX_TEXT) {
            spec.commandLine().getErr().println(messages.format("log.error.text", LogDraft.MAX_TEXT));
            return StoreAccess.EXIT_INVALID;
        }
        try (Database db = StoreAccess.openForWriting(log.root())) {
            long seq = new DutyLog(db).append(LogDraft.of(DutyLog.SYSTEM_AUTHOR, chosen, text));
            spec.commandLine().getOut().println(seq);
            return StoreAccess.EXIT_OK;
        } catch (DataAccessException e) {
            return StoreAccess.failed(e, messages, spec.commandLine().getErr());
        }
    }

    private static LogCategory freeCategory(String name) {
        try {
            LogCategory c = LogCategory.valueOf(name.toUpperCase(Locale.ROOT));
            return c.isFree() ? c : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
