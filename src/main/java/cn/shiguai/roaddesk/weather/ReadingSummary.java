package cn.shiguai.roaddesk.weather;

import cn.shiguai.roaddesk.common.i18n.RecordLanguage;
import java.util.ArrayList;
import java.util.List;

/** The measured values of a reading in one short Chinese phrase for its log entry. */
final class ReadingSummary {

    private ReadingSummary() {
    }

    static String of(ReadingEntry d) {
        List<String> parts = new ArrayList<>();
        add(parts, "log.value.snow", d.snowDepthCm());
        add(parts, "log.value.ice", d.roadIceThicknessCm());
        if (d.roadIcing() != null) {
            parts.add(RecordLanguage.text(d.roadIcing() ? "log.value.icing" : "log.value.noIcing"));
        }
        if (d.freezingPhenomenon() != null) {
            parts.add(RecordLanguage.text("phenomenon." + d.freezingPhenomenon().name()));
        }
        add(parts, "log.value.accretion", d.accretionDiameterMm());
        add(parts, "log.value.air", d.airTempC());
        return parts.isEmpty() ? RecordLanguage.text("log.value.nothing") : String.join("，", parts);
    }

    private static void add(List<String> parts, String key, Double value) {
        if (value != null) {
            parts.add(RecordLanguage.text(key, value));
        }
    }
}
