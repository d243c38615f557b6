package cn.shiguai.roaddesk.report;

import cn.shiguai.roaddesk.report.doc.Table;
import cn.shiguai.roaddesk.rules.ClauseKind;
import cn.shiguai.roaddesk.rules.Observation;
import cn.shiguai.roaddesk.rules.ResponseLevel;
import cn.shiguai.roaddesk.rules.RuleSet;
import cn.shiguai.roaddesk.rules.Threshold;
import cn.shiguai.roaddesk.warnings.WarningInForce;
import cn.shiguai.roaddesk.weather.Trend;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The automatic texts of the warning notice: the weather with its recent change, the
 * neighbouring areas (§七(一)) and the warning signals in force, and the key areas (§七(二)): the district's points where snow
 * lies at or above the lowest level's depth, or roads are icy, or freezing rain was seen.
 */
final class WarningDrafts {
    private static final Duration CHANGE_WINDOW = Duration.ofHours(24);
    private static final float[] SIGNAL_WIDTHS = {1.5f, 2.1f, 1.1f, 1.1f, 3.2f};

    private final DocumentLanguage language;
    private final double keySnowDepth;

    WarningDrafts(RuleSet ruleSet, DocumentLanguage language) {
        this.language = language;
        Threshold lowest = ruleSet.level(ResponseLevel.IV).clause(ClauseKind.SNOW_DEPTH);
        this.keySnowDepth = lowest == null || lowest.value() == null ? 0 : lowest.value();
    }

    String weather(SituationSnapshot snapshot) {
        StringBuilder text = new StringBuilder(new DraftSentences(language).weather(snapshot));
        List<String> changes = new ArrayList<>();
        for (Trend trend : snapshot.trends()) {
            snowChange(trend).ifPresent(changes::add);
        }
        if (!changes.isEmpty()) {
            text.append(language.format("draft.warning.change", String.join("；", changes)));
        }
        List<String> neighbours = snapshot.neighbouringReadings().stream().filter(LocationReading::reported)
                .map(r -> r.location() + conditions(r.latest())).toList();
        if (!neighbours.isEmpty()) {
            text.append(language.format("draft.warning.neighbours", String.join("；", neighbours)));
        }
        signals(snapshot).ifPresent(text::append);
        text.append(language.get("draft.warning.forecast"));
        return text.toString();
    }

    /** "目前生效的预警信号：包头市气象台发布道路结冰橙色预警（12月2日7时6分起，至12月3日8时）。…" */
    Optional<String> signals(SituationSnapshot snapshot) {
        if (snapshot.warnings().isEmpty()) {
            return Optional.empty();
        }
        List<String> each = new ArrayList<>();
        for (WarningInForce w : snapshot.warnings()) {
            each.add(w.expires() == null
                    ? language.format("draft.warning.signal.open", w.issuer(), w.signalName(), language.moment(w.from()))
                    : language.format("draft.warning.signal", w.issuer(), w.signalName(), language.moment(w.from()),
                    language.moment(w.expires())));
        }
        return Optional.of(language.format("draft.warning.signals", String.join("；", each)));
    }

    /** The signals in force, one row each, with what their issuers ask to be done. */
    Table signalTable(List<WarningInForce> warnings) {
        List<List<String>> rows = new ArrayList<>();
        for (WarningInForce w : warnings) {
            rows.add(List.of(w.issuer(), w.signalName(), language.tableTime(w.from()),
                    w.expires() == null ? language.get("warning.table.noEnd") : language.tableTime(w.expires()),
                    w.instruction() == null || w.instruction().isBlank() ? "—" : w.instruction().strip()));
        }
        return Table.ofCells(List.of(language.get("warning.table.issuer"), language.get("warning.table.signal"),
                language.get("warning.table.from"), language.get("warning.table.until"),
                language.get("warning.table.instruction")), rows, SIGNAL_WIDTHS);
    }

    String keyAreas(SituationSnapshot snapshot) {
        List<String> areas = new ArrayList<>();
        for (LocationReading reading : snapshot.districtReadings()) {
            Observation o = reading.latest();
            if (o != null && isKeyArea(o)) {
                areas.add(reading.location() + conditions(o));
            }
        }
        snapshot.traffic().stream().filter(t -> t.cutHours() > 0 || t.interruptionLikely())
                .map(t -> new DraftSentences(language).trafficReport(t)).forEach(areas::add);
        return areas.isEmpty() ? language.get("draft.keyAreas.none")
                : language.format("draft.keyAreas", String.join("；", areas));
    }

    private boolean isKeyArea(Observation o) {
        boolean deepSnow = o.snowDepthCm() != null && keySnowDepth > 0 && o.snowDepthCm() >= keySnowDepth;
        return deepSnow || o.roadIcingPresent() || o.freezingPresent();
    }

    /** "（积雪 23.5 厘米，路面结冰 1.8 厘米）", or nothing when nothing was measured. */
    String conditions(Observation o) {
        List<String> parts = new ArrayList<>();
        if (o.snowDepthCm() != null && o.snowDepthCm() > 0) {
            parts.add(language.format("condition.snow", language.quantity(ClauseKind.SNOW_DEPTH, o.snowDepthCm())));
        }
        if (o.roadIceThicknessCm() != null && o.roadIceThicknessCm() > 0) {
            parts.add(language.format("condition.ice", language.quantity(ClauseKind.ICE_THICKNESS, o.roadIceThicknessCm())));
        } else if (o.roadIcingPresent()) {
            parts.add(language.get("condition.icing"));
        }
        if (o.freezingPresent()) {
            parts.add(o.freezingPhenomenon() != null && o.freezingPhenomenon().isPresent()
                    ? language.message("phenomenon." + o.freezingPhenomenon().name()) : language.get("gist.freezingAny"));
        }
        if (o.airTempC() != null) {
            parts.add(language.format("condition.air", language.quantity(ClauseKind.DAILY_MEAN_TEMP, o.airTempC())));
        }
        return parts.isEmpty() ? "" : "（" + String.join("，", parts) + "）";
    }

    /** "五当召镇 旅游公路 K12 弯道积雪深度由 12 厘米增至 23.5 厘米" over the last 24 hours. */
    private Optional<String> snowChange(Trend trend) {
        List<Trend.Point> points = trend.panel(Trend.Quantity.SNOW_DEPTH).points();
        if (points.size() < 2) {
            return Optional.empty();
        }
        Trend.Point last = points.get(points.size() - 1);
        Instant since = last.time().minus(CHANGE_WINDOW);
        Trend.Point first = points.stream().filter(p -> !p.time().isBefore(since)).findFirst().orElse(last);
        if (first == last || first.value() == last.value()) {
            return Optional.empty();
        }
        String key = last.value() > first.value() ? "draft.warning.rose" : "draft.warning.fell";
        return Optional.of(language.format(key, trend.location(), language.quantity(ClauseKind.SNOW_DEPTH, first.value()),
                language.quantity(ClauseKind.SNOW_DEPTH, last.value())));
    }
}
