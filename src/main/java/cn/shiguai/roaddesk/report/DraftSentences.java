package cn.shiguai.roaddesk.report;

import cn.shiguai.roaddesk.measures.MeasureStatus;
import cn.shiguai.roaddesk.rules.Observation;
import cn.shiguai.roaddesk.rules.ResponseLevel;
import cn.shiguai.roaddesk.rules.TrafficReport;
import java.util.ArrayList;
import java.util.List;

/**
 * Sentences the automatic drafts of several kinds share, in the office's register. Each says
 * only what the data says: "no report of a cut was received", never "roads are clear".
 */
final class DraftSentences {
    private final DocumentLanguage language;
    private final ResponseSummary response;
    private final MeasureTables measures;

    DraftSentences(DocumentLanguage language) {
        this.language = language;
        this.response = new ResponseSummary(language);
        this.measures = new MeasureTables(language);
    }

    ResponseSummary response() {
        return response;
    }

    /** The weather at its worst point, one sentence with its period. */
    String weather(SituationSnapshot snapshot) {
        return language.format("draft.weather", language.period(snapshot.period()),
                WeatherGist.of(snapshot.evaluation()).describe(language));
    }

    /** The overall situation: weather, response, recommendation and measures. */
    String summary(SituationSnapshot snapshot) {
        String measuresPart = snapshot.measures().isEmpty() ? "" : measures.tallySentence(snapshot.measures());
        return weather(snapshot) + response.responseSentence(snapshot) + response.recommendationSentence(snapshot)
                + measuresPart;
    }

    /** Road traffic: each cut or likely interruption reported, and the icy points. */
    String roads(SituationSnapshot snapshot) {
        List<String> sentences = new ArrayList<>();
        List<String> reports = snapshot.traffic().stream().map(this::trafficReport).toList();
        sentences.add(reports.isEmpty() ? language.get("draft.roads.noReport")
                : language.format("draft.roads.reports", String.join("；", reports)));
        List<String> icy = icyLocations(snapshot);
        if (!icy.isEmpty()) {
            sentences.add(language.format("draft.roads.icy", language.enumeration(icy)));
        }
        return String.join("", sentences);
    }

    String trafficReport(TrafficReport report) {
        String road = report.road().isEmpty() ? language.get("traffic.roadUnnamed") : report.road();
        String when = report.time() == null ? "" : language.format("draft.roads.when", language.moment(report.time()));
        if (report.cutHours() > 0) {
            String queue = report.queueKm() > 0 ? language.format("draft.roads.queue", language.number(report.queueKm()))
                    : language.get("draft.roads.noQueue");
            return language.format("draft.roads.cut", road, language.number(report.cutHours()), queue, when);
        }
        return language.format(report.interruptionLikely() ? "draft.roads.likely" : "draft.roads.open", road, when);
    }

    /** District locations whose latest reading has road icing. */
    static List<String> icyLocations(SituationSnapshot snapshot) {
        return snapshot.districtReadings().stream()
                .filter(r -> r.reported() && r.latest().roadIcingPresent())
                .map(LocationReading::location).toList();
    }

    /** District locations ordered by snow depth, deepest first, those with snow only. */
    static List<Observation> snowiest(SituationSnapshot snapshot) {
        return snapshot.districtReadings().stream().filter(LocationReading::reported).map(LocationReading::latest)
                .filter(o -> o.snowDepthCm() != null && o.snowDepthCm() > 0)
                .sorted((a, b) -> Double.compare(b.snowDepthCm(), a.snowDepthCm())).toList();
    }

    /** Next steps: keep watching, push the measures, escalate what cannot be done, report the next level. */
    String outlook(SituationSnapshot snapshot) {
        ResponseLevel recommended = snapshot.evaluation().level();
        StringBuilder text = new StringBuilder();
        snapshot.response().ifPresentOrElse(
                r -> text.append(language.format("draft.outlook.response", language.levelShort(r.level()),
                        cannotClause(snapshot))),
                () -> text.append(language.get("draft.outlook.noResponse")));
        if (recommended.next() != null && recommended.isResponse()) {
            text.append(language.format("draft.outlook.next", language.levelShort(recommended.next())));
        }
        return text.toString();
    }

    /** "，对无法完成的 II.12 等事项及时报请领导小组协调解决", or nothing. */
    private String cannotClause(SituationSnapshot snapshot) {
        List<String> ids = snapshot.measures().stream().filter(m -> m.status() == MeasureStatus.CANNOT)
                .map(MeasureLine::itemId).distinct().toList();
        return ids.isEmpty() ? "" : language.format("draft.outlook.cannot", language.enumeration(ids));
    }
}
