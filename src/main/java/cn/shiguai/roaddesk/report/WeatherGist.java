package cn.shiguai.roaddesk.report;

import cn.shiguai.roaddesk.rules.ClauseKind;
import cn.shiguai.roaddesk.rules.ClauseResult;
import cn.shiguai.roaddesk.rules.Evaluation;
import cn.shiguai.roaddesk.rules.Evidence;
import cn.shiguai.roaddesk.rules.MeanTemperature;
import cn.shiguai.roaddesk.rules.Truth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The day's weather at its worst point, taken from the evaluation rather than recomputed, so
 * that drafts quote the very readings the rules decided on.
 */
record WeatherGist(Optional<Evidence> snow, Optional<Evidence> ice, Optional<Evidence> icing,
                   Optional<Evidence> freezing, MeanTemperature mean) {

    static WeatherGist of(Evaluation evaluation) {
        return new WeatherGist(measured(evaluation, ClauseKind.SNOW_DEPTH), measured(evaluation, ClauseKind.ICE_THICKNESS),
                present(evaluation, ClauseKind.ROAD_ICING), present(evaluation, ClauseKind.FREEZING_PHENOMENON),
                evaluation.meanTemperature());
    }

    boolean snowLying() {
        return snow.map(e -> e.value() > 0).orElse(false);
    }

    boolean roadsIcy() {
        return icing.isPresent() || ice.map(e -> e.value() > 0).orElse(false);
    }

    boolean anyReading() {
        return snow.isPresent() || ice.isPresent() || icing.isPresent() || freezing.isPresent() || mean.known();
    }

    /** "最大积雪深度 23.5 厘米（五当召镇 旅游公路 K12 弯道），…，日平均气温 -9 ℃". */
    String describe(DocumentLanguage language) {
        if (!anyReading()) {
            return language.get("gist.none");
        }
        List<String> parts = new ArrayList<>();
        snow.ifPresent(e -> parts.add(language.format("gist.snow",
                language.quantity(ClauseKind.SNOW_DEPTH, e.value()), e.location())));
        ice.filter(e -> e.value() > 0).ifPresentOrElse(
                e -> parts.add(language.format("gist.ice", language.quantity(ClauseKind.ICE_THICKNESS, e.value()),
                        e.location())),
                () -> icing.ifPresent(e -> parts.add(language.format("gist.icing", e.location()))));
        freezing.ifPresent(e -> parts.add(language.format("gist.freezing", e.location(), phenomenon(e, language))));
        parts.add(mean.known()
                ? language.format("gist.mean", language.quantity(ClauseKind.DAILY_MEAN_TEMP, mean.displayValue()))
                : language.get("gist.meanUnknown"));
        return String.join("，", parts);
    }

    static String phenomenon(Evidence e, DocumentLanguage language) {
        return e.phenomenon() != null && e.phenomenon().isPresent()
                ? language.message("phenomenon." + e.phenomenon().name())
                : language.get("gist.freezingAny");
    }

    private static Optional<Evidence> measured(Evaluation evaluation, ClauseKind kind) {
        return evaluation.allClauses().stream().filter(c -> c.kind() == kind)
                .map(ClauseResult::evidence).filter(Evidence::hasValue).findFirst();
    }

    private static Optional<Evidence> present(Evaluation evaluation, ClauseKind kind) {
        return evaluation.allClauses().stream().filter(c -> c.kind() == kind && c.truth() == Truth.MET)
                .map(ClauseResult::evidence).findFirst();
    }
}
