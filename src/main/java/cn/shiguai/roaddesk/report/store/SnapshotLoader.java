package cn.shiguai.roaddesk.report.store;

import cn.shiguai.roaddesk.dutylog.ChainReport;
import cn.shiguai.roaddesk.dutylog.DutyLog;
import cn.shiguai.roaddesk.measures.MeasureBoard;
import cn.shiguai.roaddesk.measures.OwedItem;
import cn.shiguai.roaddesk.report.LogSeal;
import cn.shiguai.roaddesk.report.MeasureLine;
import cn.shiguai.roaddesk.report.ReportPeriod;
import cn.shiguai.roaddesk.report.SituationSnapshot;
import cn.shiguai.roaddesk.response.ResponseStore;
import cn.shiguai.roaddesk.roster.Roster;
import cn.shiguai.roaddesk.roster.RosterStore;
import cn.shiguai.roaddesk.roster.Term;
import cn.shiguai.roaddesk.rules.Evaluation;
import cn.shiguai.roaddesk.rules.EvaluationInput;
import cn.shiguai.roaddesk.rules.RuleSet;
import cn.shiguai.roaddesk.rules.TrafficReport;
import cn.shiguai.roaddesk.upper.UpperLevelsInForce;
import cn.shiguai.roaddesk.weather.ReadingStore;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Reads what the documents of a day draw on from the stores, as it stood at one moment: up to
 * now for today, the whole day for a past day. What the store keeps history of is cut at that
 * moment (readings, traffic reports, decisions, the duty log), so a report of a past day shows
 * that day, with the holders of the posts on that day. The measures board keeps only the
 * current status of each item: the measures are listed when the decision in force at the moment
 * is still the one in force (with their status as now reported), and otherwise left out, which
 * the document says. The seal is the duty log verified at the time of loading.
 */
public final class SnapshotLoader {
    private final ReadingStore readings;
    private final ResponseStore responses;
    private final MeasureBoard measures;
    private final RosterStore roster;
    private final DutyLog log;
    private final RuleSet rules;
    private final Function<EvaluationInput, Evaluation> evaluation;
    private final UpperLevelsInForce upper;
    private final ReadingsAtMoment readingsAt;
    private final NotableEntries notable = new NotableEntries();
    private cn.shiguai.roaddesk.warnings.WarningsInForce warnings = at -> List.of();

    /**
     * @param evaluation the plan's recommendation for an input: the situation service's, the desk's one evaluator
     * @param upper      the city's and the region's responses, as in force at the report's moment
     */
    public SnapshotLoader(ReadingStore readings, ResponseStore responses, MeasureBoard measures, RosterStore roster,
                          DutyLog log, RuleSet rules, Function<EvaluationInput, Evaluation> evaluation,
                          UpperLevelsInForce upper) {
        this.readings = readings;
        this.responses = responses;
        this.measures = measures;
        this.roster = roster;
        this.log = log;
        this.rules = rules;
        this.evaluation = evaluation;
        this.upper = upper;
        this.readingsAt = new ReadingsAtMoment(readings, rules);
    }

    /** Where the warning signals in force at a report's moment are read; none until given. */
    public SnapshotLoader withWarnings(cn.shiguai.roaddesk.warnings.WarningsInForce inForce) {
        this.warnings = inForce;
        return this;
    }

    /**
     * The moment a report of the day is drawn up to: now for today, the end of a past day.
     *
     * @throws IssueRefusedException for a day that has not begun
     */
    public Instant momentFor(LocalDate day, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, rules.zone());
        if (day.isAfter(today)) {
            throw new IssueRefusedException(IssueRefusedException.Reason.FUTURE_DAY, day);
        }
        return day.equals(today) ? now : dayEnd(day);
    }

    /** The day's situation at {@code moment} (within the day or its end), compiled by {@code compiledBy}. */
    public SituationSnapshot load(LocalDate day, Instant moment, String compiledBy) {
        Instant dayStart = day.atStartOfDay(rules.zone()).toInstant();
        if (moment.isBefore(dayStart) || moment.isAfter(dayEnd(day))) {
            throw new IllegalArgumentException(moment + " is not within " + day);
        }
        ReportPeriod period = new ReportPeriod(dayStart, moment);
        var inForce = ResponseHistory.at(responses.decisions(ResponseHistory.ALL_DECISIONS), moment);
        ReadingsAtMoment.Found found = readingsAt.at(moment);
        List<TrafficReport> traffic = TrafficOfPeriod.latestPerRoad(readings.recentTraffic(TrafficOfPeriod.LIMIT),
                period, rules.zone());
        EvaluationInput stored = readings.inputFor(day);
        LocalDateTime until = LocalDateTime.ofInstant(moment, rules.zone());
        var recommendation = evaluation.apply(new EvaluationInput(day, stored.enteredDailyMeanTempC(),
                stored.observations().stream().filter(o -> !o.time().isAfter(until)).toList(), traffic));
        List<MeasureLine> owed = inForce.filter(this::stillInForce).map(f -> measureLines(day)).orElse(List.of());
        return new SituationSnapshot(day, period, inForce.map(ResponseHistory.InForce::response), recommendation,
                found.latest(), found.trends(), traffic, owed, notable.of(log.day(day), moment), compiledBy,
                sealOf(log.verifyFromCheckpoint()), upper.at(moment),
                // Of a past moment: those already sent by then (a later one was not known to the report).
                warnings.at(moment).stream().filter(w -> !w.sent().isAfter(moment)).toList());
    }

    /** The duty log's seal as verified: the entries checked and the hash they end in. */
    public static LogSeal sealOf(ChainReport chain) {
        return chain.count() == 0 ? new LogSeal("", 0) : new LogSeal(chain.headHash(), chain.count());
    }

    /** The board's items belong to the decision in force now; they are that moment's only if it was in force then. */
    private boolean stillInForce(ResponseHistory.InForce then) {
        return responses.active().filter(now -> now.activationId() == then.activationId()
                && now.levelSince().equals(then.response().levelSince())).isPresent();
    }

    private List<MeasureLine> measureLines(LocalDate day) {
        Roster onRecord = roster.roster();
        return measures.owed().stream()
                .sorted(Comparator.comparingInt(OwedItem::positionOrder))
                .map(item -> new MeasureLine(item.positionKey(), item.positionTitle(),
                        onRecord.holderOn(item.positionKey(), day).map(Term::person).orElse(""), item.share(),
                        item.itemId(), item.title(), item.text(), item.status(), item.lastUpdate(), item.reportedBy(),
                        item.note()))
                .toList();
    }

    private Instant dayEnd(LocalDate day) {
        return day.plusDays(1).atStartOfDay(rules.zone()).toInstant();
    }
}
