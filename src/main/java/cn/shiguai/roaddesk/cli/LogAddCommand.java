package cn.shiguai.roaddesk.cli;

import cn.shiguai.roaddesk.common.db.DataAccessException;
import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.common.text.FreeText;
import cn.shiguai.roaddesk.common.text.Printable;
import cn.shiguai.roaddesk.common.text.TextInput;
import cn.shiguai.roaddesk.dutylog.DutyLog;
import cn.shiguai.roaddesk.dutylog.LogCategory;
import cn.shiguai.roaddesk.dutylog.LogDraft;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code log add [--category C] TEXT | --text-file F | -}: a free entry by the system user;
 * prints its number. The text comes from the arguments, a file or standard input; the last two
 * do not depend on the locale the command runs in.
 */
@Command(mixinStandardHelpOptions = true, name = "add", description = {"Append a free entry as the system user (系统); prints its sequence number.",
        "The text: the words given, or --text-file F, or - to read standard input (UTF-8, or GB18030 when not valid UTF-8)."})
final class LogAddCommand implements Callable<Integer> {
    @ParentCommand
    private LogCommand log;

    @Spec
    private CommandSpec spec;

    @Option(names = "--category", paramLabel = "C", defaultValue = "NOTE",
            description = "PHONE_IN, PHONE_OUT, ORDER, OBSERVATION or NOTE (default)")
    private String category;

    @Option(names = "--text-file", paramLabel = "F", description = "read the entry's text from file F")
    private Path textFile;

    @Parameters(arity = "0..*", paramLabel = "TEXT", description = "the entry's text; - reads standard input")
    private List<String> words;

    @Override
    public Integer call() {
        Messages messages = log.root().messages();
        LogCategory chosen = freeCategory(category);
        if (chosen == null) {
            String allowed = Arrays.stream(LogCategory.values()).filter(LogCategory::isFree).map(Enum::name)
                    .collect(Collectors.joining(", "));
            spec.commandLine().getErr().println(messages.format("log.error.category", Printable.escape(category), allowed));
            return StoreAccess.EXIT_INVALID;
        }
        Optional<String> given = text(messages);
        if (given.isEmpty()) {
            return StoreAccess.EXIT_INVALID;
        }
        String text = given.get().strip();
        Optional<FreeText.Problem> problem = LogDraft.textProblem(text);
        if (problem.isPresent()) {
            spec.commandLine().getErr().println(problem.get().message(messages));
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

    /** The text from exactly one source; empty (with the reason printed) when there is none or more than one. */
    private Optional<String> text(Messages messages) {
        boolean fromStdin = words != null && words.size() == 1 && words.get(0).equals("-");
        boolean fromWords = words != null && !words.isEmpty() && !fromStdin;
        if ((textFile != null ? 1 : 0) + (fromStdin ? 1 : 0) + (fromWords ? 1 : 0) != 1) {
            spec.commandLine().getErr().println(messages.get("log.error.textSource"));
            return Optional.empty();
        }
        if (fromWords) {
            return Optional.of(String.join(" ", words));
        }
        String source = fromStdin ? "-" : textFile.toString();
        byte[] bytes;
        try {
            bytes = fromStdin ? System.in.readAllBytes() : Files.readAllBytes(textFile);
        } catch (IOException e) {
            spec.commandLine().getErr().println(messages.format("log.error.textFile", source, e.getMessage()));
            return Optional.empty();
        }
        Optional<String> decoded = TextInput.decode(bytes);
        if (decoded.isEmpty()) {
            spec.commandLine().getErr().println(messages.format("log.error.textEncoding", source));
        }
        return decoded;
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
