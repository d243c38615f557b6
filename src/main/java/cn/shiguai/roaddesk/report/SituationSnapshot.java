package cn.shiguai.roaddesk.report;

import cn.shiguai.roaddesk.rules.Evaluation;
import cn.shiguai.roaddesk.rules.TrafficReport;
import cn.shiguai.roaddesk.upper.UpperResponse;
import cn.shiguai.roaddesk.warnings.WarningInForce;
import cn.shiguai.roaddesk.weather.Trend;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the store knows that the documents of one day draw on, read at one moment. Every
 * document kind is assembled from the same snapshot, so a daily report and the bulletin issued
 * beside it never disagree.
 *
 * @param date       the report's day (the evaluation day)
 * @param period     the hours reported on
 * @param response   the response in force, or empty when none is
 * @param evaluation the rules engine's evaluation of the day: the recommendation and its reasons
 * @param readings   the latest reading of each location, district and neighbouring areas
 * @param trends     the 72 h trends of the locations chosen for the report's chart
 * @param traffic    traffic reports of the period (road cut, stranded queue), oldest first
 * @param measures   what each position owes the response in force and its status; empty when none
 * @param log        notable duty log entries of the period, oldest first
 * @param compiledBy who compiles the document (the duty officer)
 * @param seal       the duty log's size and chain head at the moment of the snapshot
 * @param upper      the city's and the region's responses in force at that moment, shown beside the
 *                   district's level and never taken for it
 * @param warnings   the warning signals in force at that moment: forecasts, for the warning notice
 *                   (§七(三)); never counted in the evaluation
 */
public record SituationSnapshot(LocalDate date, ReportPeriod period, Optional<ResponseInForce> response,
                                Evaluation evaluation, List<LocationReading> readings, List<Trend> trends,
                                List<TrafficReport> traffic, List<MeasureLine> measures, List<LogLine> log,
                                String compiledBy, LogSeal seal, List<UpperResponse> upper,
                                List<WarningInForce> warnings) {
    public SituationSnapshot {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(response, "response");
        Objects.requireNonNull(evaluation, "evaluation");
        readings = List.copyOf(readings);
        trends = List.copyOf(trends);
        traffic = List.copyOf(traffic);
        measures = List.copyOf(measures);
        log = List.copyOf(log);
        Objects.requireNonNull(compiledBy, "compiledBy");
        Objects.requireNonNull(seal, "seal");
        upper = List.copyOf(upper);
        warnings = List.copyOf(warnings);
        if (!evaluation.date().equals(date)) {
            throw new IllegalArgumentException("the evaluation is of " + evaluation.date() + ", the report of " + date);
        }
    }

    /** A snapshot with no warning signal in force. */
    public SituationSnapshot(LocalDate date, ReportPeriod period, Optional<ResponseInForce> response,
                             Evaluation evaluation, List<LocationReading> readings, List<Trend> trends,
                             List<TrafficReport> traffic, List<MeasureLine> measures, List<LogLine> log,
                             String compiledBy, LogSeal seal, List<UpperResponse> upper) {
        this(date, period, response, evaluation, readings, trends, traffic, measures, log, compiledBy, seal, upper,
                List.of());
    }

    /** A snapshot with no upper level's response in force. */
    public SituationSnapshot(LocalDate date, ReportPeriod period, Optional<ResponseInForce> response,
                             Evaluation evaluation, List<LocationReading> readings, List<Trend> trends,
                             List<TrafficReport> traffic, List<MeasureLine> measures, List<LogLine> log,
                             String compiledBy, LogSeal seal) {
        this(date, period, response, evaluation, readings, trends, traffic, measures, log, compiledBy, seal, List.of());
    }

    /** The same snapshot with the upper levels' responses in force. */
    public SituationSnapshot withUpper(List<UpperResponse> inForce) {
        return new SituationSnapshot(date, period, response, evaluation, readings, trends, traffic, measures, log,
                compiledBy, seal, inForce, warnings);
    }

    /** The same snapshot with the warning signals in force. */
    public SituationSnapshot withWarnings(List<WarningInForce> inForce) {
        return new SituationSnapshot(date, period, response, evaluation, readings, trends, traffic, measures, log,
                compiledBy, seal, upper, inForce);
    }

    /** The same snapshot under the duty log's seal taken at another moment, e.g. at issue. */
    public SituationSnapshot withSeal(LogSeal newSeal) {
        return new SituationSnapshot(date, period, response, evaluation, readings, trends, traffic, measures, log,
                compiledBy, newSeal, upper, warnings);
    }

    public List<LocationReading> districtReadings() {
        return readings.stream().filter(r -> !r.neighbouring()).toList();
    }

    public List<LocationReading> neighbouringReadings() {
        return readings.stream().filter(LocationReading::neighbouring).toList();
    }

    /** Reports of a road cut now (hours > 0) rather than only likely. */
    public List<TrafficReport> roadsCut() {
        return traffic.stream().filter(t -> t.cutHours() > 0).toList();
    }
}
