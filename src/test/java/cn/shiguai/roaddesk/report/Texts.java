package cn.shiguai.roaddesk.report;

import cn.shiguai.roaddesk.report.doc.Block;
import cn.shiguai.roaddesk.report.doc.Heading;
import cn.shiguai.roaddesk.report.doc.KeyValues;
import cn.shiguai.roaddesk.report.doc.LineChart;
import cn.shiguai.roaddesk.report.doc.Paragraph;
import cn.shiguai.roaddesk.report.doc.ReportDocument;
import cn.shiguai.roaddesk.report.doc.Table;
import java.util.ArrayList;
import java.util.List;

/** Every text of an assembled document, for assertions on content without rendering it. */
final class Texts {
    private Texts() {
    }

    static String all(ReportDocument document) {
        List<String> texts = new ArrayList<>(List.of(document.issuer(), document.title(), document.number(),
                document.dateLine(), document.footerNote()));
        document.body().forEach(block -> texts.add(of(block)));
        return String.join("\n", texts);
    }

    static String of(Block block) {
        if (block instanceof Heading heading) {
            return heading.text();
        } else if (block instanceof Paragraph paragraph) {
            return paragraph.text();
        } else if (block instanceof KeyValues keyValues) {
            return String.join("\n", keyValues.entries().stream().map(e -> e.label() + "：" + e.value()).toList());
        } else if (block instanceof Table table) {
            List<String> cells = new ArrayList<>(table.headers());
            table.rows().forEach(row -> cells.addAll(row.cells()));
            return String.join("|", cells);
        } else if (block instanceof LineChart chart) {
            List<String> parts = new ArrayList<>(List.of(chart.title(), chart.yUnit()));
            chart.series().forEach(s -> parts.add(s.name()));
            chart.thresholds().forEach(t -> parts.add(t.label()));
            return String.join("|", parts);
        }
        return "";
    }

    static <T extends Block> List<T> blocks(ReportDocument document, Class<T> type) {
        return document.body().stream().filter(type::isInstance).map(type::cast).toList();
    }
}
