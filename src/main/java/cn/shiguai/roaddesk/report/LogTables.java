package cn.shiguai.roaddesk.report;

import cn.shiguai.roaddesk.report.doc.Table;
import cn.shiguai.roaddesk.rules.TrafficReport;
import java.util.List;

/** The notable duty log entries and the traffic reports of the period, as tables. */
final class LogTables {
    private static final float[] LOG_WIDTHS = {1.0f, 1.1f, 1.1f, 6.0f};
    private static final float[] TRAFFIC_WIDTHS = {3.2f, 1.6f, 1.3f, 1.3f, 1.3f};

    private final DocumentLanguage language;

    LogTables(DocumentLanguage language) {
        this.language = language;
    }

    Table log(List<LogLine> lines, boolean oneDay) {
        List<List<String>> rows = lines.stream().map(line -> List.of(
                oneDay ? language.clock(line.time()) : language.tableTime(line.time()),
                line.category(), line.author(), line.text())).toList();
        return Table.ofCells(List.of(language.get("log.time"), language.get("log.category"), language.get("log.author"),
                language.get("log.text")), rows, LOG_WIDTHS);
    }

    Table traffic(List<TrafficReport> reports) {
        List<List<String>> rows = reports.stream().map(report -> List.of(
                report.road().isEmpty() ? language.get("traffic.roadUnnamed") : report.road(),
                report.time() == null ? "—" : language.tableTime(report.time()),
                report.cutHours() > 0 ? language.number(report.cutHours()) : "—",
                report.queueKm() > 0 ? language.number(report.queueKm()) : "—",
                language.get(report.interruptionLikely() ? "traffic.likely" : "traffic.notLikely"))).toList();
        return Table.ofCells(List.of(language.get("traffic.road"), language.get("traffic.time"), language.get("traffic.cut"),
                language.get("traffic.queue"), language.get("traffic.likelyHeader")), rows, TRAFFIC_WIDTHS);
    }
}
