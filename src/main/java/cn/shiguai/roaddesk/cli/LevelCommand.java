package cn.shiguai.roaddesk.cli;

import cn.shiguai.roaddesk.app.Office;
import cn.shiguai.roaddesk.common.db.DataAccessException;
import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.common.text.Days;
import cn.shiguai.roaddesk.common.text.Printable;
import cn.shiguai.roaddesk.rules.Evaluation;
import cn.shiguai.roaddesk.rules.EvaluationJson;
import cn.shiguai.roaddesk.rules.EvaluationText;
import cn.shiguai.roaddesk.rules.RuleSet;
import cn.shiguai.roaddesk.rules.RuleSetException;
import cn.shiguai.roaddesk.rules.RuleSetLoader;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code level [--date D]}: the plan's recommendation for a day from what is stored — readings,
 * traffic reports, the entered daily mean — asked of the one owner of the situation, and printed
 * as the same JSON line as {@code evaluate}; its {@code file} names the data directory.
 */
@Command(name = "level", mixinStandardHelpOptions = true, description = {
        "Evaluate a day from the stored readings, traffic reports and daily means; one JSON line as evaluate prints.",
        "按已存的读数、交通情况和日平均气温评估某一天，输出与 evaluate 相同的一行 JSON。", "",
        "Exit status: 0 evaluated; 2 bad date; 1 the store failed."})
final class LevelCommand implements Callable<Integer> {
    @ParentCommand
    private RoadDeskCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "the day (district time); default: today")
    private String date;

    @Override
    public Integer call() {
        Messages messages = root.messages();
        PrintWriter err = spec.commandLine().getErr();
        Optional<LocalDate> day = date == null ? Optional.empty() : Days.parse(date);
        if (date != null && day.isEmpty()) {
            err.println(messages.format("level.cli.date", Printable.escape(date)));
            return StoreAccess.EXIT_INVALID;
        }
        if (day.isPresent() && !Days.inRange(day.get())) {
            err.println(messages.format("cli.date.range", date, Days.FIRST.toString(), Days.LAST.toString()));
            return StoreAccess.EXIT_INVALID;
        }
        // Opened for writing as `report` is: a store the commands just created gets its reference data.
        try (Database db = StoreAccess.openForWriting(root);
             Office office = Office.onCallingThread(db, new RuleSetLoader().loadDefault(), Clock.systemUTC())) {
            RuleSet rules = office.ruleSet();
            LocalDate evaluated = day.orElseGet(() -> LocalDate.now(office.clock().withZone(rules.zone())));
            Evaluation evaluation = office.situation().evaluationOf(evaluated);
            EvaluationJson json = new EvaluationJson(new ObjectMapper(), new EvaluationText(messages, rules));
            spec.commandLine().getOut().println(json.result(StoreAccess.directory(root).path().toString(), evaluation,
                    List.of()));
            spec.commandLine().getOut().flush();
            return StoreAccess.EXIT_OK;
        } catch (DataAccessException e) {
            return StoreAccess.failed(e, messages, err);
        } catch (RuleSetException e) {
            err.println(e.message(messages));
            return StoreAccess.EXIT_STORE_FAILED;
        }
    }
}
