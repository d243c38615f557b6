package cn.shiguai.roaddesk.inputs.cap;

import cn.shiguai.roaddesk.common.i18n.RecordLanguage;
import cn.shiguai.roaddesk.common.text.Printable;
import cn.shiguai.roaddesk.warnings.MessageType;
import cn.shiguai.roaddesk.warnings.WarningInForce;
import cn.shiguai.roaddesk.warnings.WarningSignal;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A signal received, in the words a duty officer writes in the log: "收到预警信号：包头市气象台
 * 发布 暴雪橙色预警（有效至 12月3日 08:00）". District time, Chinese names, no codes.
 */
final class WarningWords {
    private WarningWords() {
    }

    static String received(WarningSignal s, List<WarningInForce> referenced, Instant now) {
        String issuer = Printable.escape(s.issuer());
        String earlier = referenced.stream().map(w -> w.signalName() + "（" + RecordLanguage.time(w.sent()) + " 发布）")
                .collect(Collectors.joining("、"));
        if (s.type() == MessageType.CANCEL) {
            return earlier.isEmpty() ? RecordLanguage.text("cap.log.cancelUnknown", issuer)
                    : RecordLanguage.text("cap.log.cancel", issuer, earlier);
        }
        String text = RecordLanguage.text(s.type() == MessageType.UPDATE ? "cap.log.update" : "cap.log.alert",
                issuer, s.signalName(), until(s, now));
        if (s.type() == MessageType.UPDATE) {
            text += earlier.isEmpty() ? RecordLanguage.text("cap.log.replacesUnknown")
                    : RecordLanguage.text("cap.log.replaces", earlier);
        }
        if (s.areaDesc() != null) {
            text += RecordLanguage.text("cap.log.area", Printable.escape(s.areaDesc()));
        }
        return text;
    }

    private static String until(WarningSignal s, Instant now) {
        if (s.expires() == null) {
            return RecordLanguage.text("cap.log.noExpiry");
        }
        return RecordLanguage.text(s.expires().isAfter(now) ? "cap.log.expires" : "cap.log.expired",
                RecordLanguage.time(s.expires()));
    }
}
