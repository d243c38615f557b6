package cn.shiguai.roaddesk.cli;

import cn.shiguai.roaddesk.app.Office;
import cn.shiguai.roaddesk.common.db.DataAccessException;
import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.common.text.Printable;
import cn.shiguai.roaddesk.dutylog.DutyLog;
import cn.shiguai.roaddesk.dutylog.TextRefusedException;
import cn.shiguai.roaddesk.rules.ResponseLevel;
import cn.shiguai.roaddesk.rules.RuleSetException;
import cn.shiguai.roaddesk.rules.RuleSetLoader;
import cn.shiguai.roaddesk.upper.UpperAnnouncement;
import cn.shiguai.roaddesk.upper.UpperRefused;
import cn.shiguai.roaddesk.upper.UpperResponse;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code upper-level --by 包头市 --level III --since "2026-12-02 08:00" --doc 文号}: records the
 * response level a level of government above the district announced, logged in words;
 * {@code upper-level --list} prints those in force. Never changes the district's level.
 */
@Command(name = "upper-level", mixinStandardHelpOptions = true, description = {
        "Record the response level the city (包头市) or the region (内蒙古自治区) announced, or list those in force.",
        "记录上级（包头市、内蒙古自治区）宣布的应急响应级别，或列出目前有效的上级响应；不改变本区的响应级别。", "",
        "Exit status: 0 recorded or listed; 2 input refused; 1 the store failed."})
final class UpperLevelCommand implements Callable<Integer> {
    private static final DateTimeFormatter SINCE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm")
            .withResolverStyle(ResolverStyle.STRICT);

    @ParentCommand
    private RoadDeskCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--list", description = "print the upper levels' responses in force now")
    private boolean list;

    @Option(names = "--by", paramLabel = "WHO", description = "who announced it, e.g. 包头市 or 内蒙古自治区")
    private String by;

    @Option(names = "--level", paramLabel = "LEVEL", description = "I, II, III, IV, or ended")
    private String level;

    @Option(names = "--since", paramLabel = "\"YYYY-MM-DD HH:MM\"", description = "from when, in district time")
    private String since;

    @Option(names = "--doc", paramLabel = "NUMBER", description = "the document number, e.g. 包政办发〔2026〕12号")
    private String doc;

    @Option(names = "--source", paramLabel = "FEED", description = "the feed it was taken from; omitted: entered by hand")
    private String source;

    @Option(names = "--entered-by", paramLabel = "NAME", description = "who enters it; default: the officer on duty")
    private String enteredBy;

    @Override
    public Integer call() {
        Messages messages = root.messages();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean recording = by != null || level != null || since != null || doc != null || source != null;
        if (list == recording || (recording && (by == null || level == null || since == null))) {
            err.println(messages.get("upper.cli.mode"));
            return StoreAccess.EXIT_INVALID;
        }
        Optional<UpperAnnouncement> announcement = Optional.empty();
        if (recording) {
            announcement = announcement(messages, err);
            if (announcement.isEmpty()) {
                return StoreAccess.EXIT_INVALID;
            }
        }
        // Opened for writing as `level` is: a store the commands just created gets its reference data.
        try (Database db = StoreAccess.openForWriting(root);
             Office office = Office.onCallingThread(db, new RuleSetLoader().loadDefault(), Clock.systemUTC())) {
            if (list) {
                print(office.upperLevelsInForce().at(db.now()), messages, out);
                return StoreAccess.EXIT_OK;
            }
            String who = enteredBy != null ? enteredBy.strip()
                    : office.officer().isNamed() ? office.officer().name() : DutyLog.SYSTEM_AUTHOR;
            UpperResponse recorded = office.upperLevels().record(announcement.get(), who);
            out.println(messages.format("upper.cli.recorded", line(recorded, messages)));
            return StoreAccess.EXIT_OK;
        } catch (TextRefusedException e) {
            err.println(e.message(messages));
            return StoreAccess.EXIT_INVALID;
        } catch (DataAccessException e) {
            return StoreAccess.failed(e, messages, err);
        } catch (RuleSetException e) {
            err.println(e.message(messages));
            return StoreAccess.EXIT_STORE_FAILED;
        }
    }

    private Optional<UpperAnnouncement> announcement(Messages messages, PrintWriter err) {
        Optional<ResponseLevel> parsed = UpperAnnouncement.parseLevel(level);
        if (parsed.isEmpty()) {
            err.println(messages.format("upper.cli.level", Printable.escape(level)));
            return Optional.empty();
        }
        LocalDateTime from;
        try {
            from = LocalDateTime.parse(since.strip().replace('T', ' '), SINCE);
        } catch (DateTimeParseException e) {
            err.println(messages.format("upper.cli.since", Printable.escape(since)));
            return Optional.empty();
        }
        try {
            return Optional.of(new UpperAnnouncement(by, parsed.get(), from, doc, source));
        } catch (UpperRefused e) {
            err.println(e.message(messages));
            return Optional.empty();
        }
    }

    private static void print(List<UpperResponse> inForce, Messages messages, PrintWriter out) {
        if (inForce.isEmpty()) {
            out.println(messages.get("upper.cli.none"));
        }
        inForce.forEach(r -> out.println(line(r, messages)));
    }

    /** "包头市 三级响应（包政办发〔2026〕12号，自 12月2日 08:00 起），人工录入". */
    private static String line(UpperResponse r, Messages messages) {
        String doc = r.docNumber() == null ? "" : messages.format("upper.cli.doc", Printable.escape(r.docNumber()));
        String from = r.enteredByHand() ? messages.get("upper.cli.byHand")
                : messages.format("upper.cli.source", Printable.escape(r.source()));
        String when = SINCE.format(r.since().atZone(cn.shiguai.roaddesk.common.i18n.RecordLanguage.ZONE));
        return messages.format("upper.cli.line", Printable.escape(r.announcedBy()),
                messages.get("level." + r.level().code() + ".short"), doc, when, from);
    }
}
