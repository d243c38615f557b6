package cn.shiguai.roaddesk.desk.settings;

import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.inputs.http.SourceStatus;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The web sources as the settings screen lists them, read-only: name, address, interval, last
 * success, last failure and next try. They are configured in the data directory's
 * sources.properties, read at start.
 */
final class WebSourceLines {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    private WebSourceLines() {
    }

    static String of(List<SourceStatus> sources, Messages messages, ZoneId zone, Instant now) {
        if (sources.isEmpty()) {
            return messages.get("settings.sources.none");
        }
        StringBuilder text = new StringBuilder();
        for (SourceStatus s : sources) {
            var state = s.state();
            String success = state.lastSuccess() == null ? messages.get("settings.sources.never")
                    : WHEN.format(state.lastSuccess().atZone(zone));
            String line = messages.format("settings.sources.line", s.source().name(), s.source().url().toString(),
                    s.source().every().toMinutes(), success, WHEN.format(state.nextTry().atZone(zone)));
            if (state.lastError() != null) {
                line += messages.format("settings.sources.error", state.failures(), state.lastError());
            }
            if (s.isSilent(now)) {
                line += messages.get("settings.sources.silent");
            }
            text.append(text.isEmpty() ? "" : "\n").append(line);
        }
        return text.toString();
    }
}
