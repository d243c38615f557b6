package cn.shiguai.roaddesk.report.pdf;

import cn.shiguai.roaddesk.report.doc.Block;
import cn.shiguai.roaddesk.report.doc.Heading;
import cn.shiguai.roaddesk.report.doc.KeyValues;
import cn.shiguai.roaddesk.report.doc.LineChart;
import cn.shiguai.roaddesk.report.doc.PageBreak;
import cn.shiguai.roaddesk.report.doc.Paragraph;
import cn.shiguai.roaddesk.report.doc.ReportDocument;
import cn.shiguai.roaddesk.report.doc.Table;
import java.util.ArrayList;
import java.util.List;

/** Every text a render of a document will print, its own and the renderer's, for the glyph check. */
final class DocumentTexts {
    /** Characters of texts the renderer makes itself: page numbers and axis labels. */
    private static final String RENDERER_CHARACTERS = "0123456789.-：";

    private DocumentTexts() {
    }

    static List<String> of(ReportDocument document) {
        List<String> texts = new ArrayList<>(List.of(document.issuer(), document.title(), document.number(),
                document.dateLine(), document.footerNote(), RENDERER_CHARACTERS));
        ReportTexts printed = ReportTexts.document();
        texts.add(printed.format("footer.pages", 1, 1));
        if (document.watermark() != null) {
            texts.add(document.watermark());
        }
        for (Block block : document.body()) {
            addTexts(block, texts);
            if (block instanceof LineChart) {
                texts.add(printed.format("chart.noData"));
            }
        }
        return texts;
    }

    private static void addTexts(Block block, List<String> texts) {
        if (block instanceof Heading heading) {
            texts.add(heading.text());
        } else if (block instanceof Paragraph paragraph) {
            texts.add(paragraph.text());
        } else if (block instanceof KeyValues keyValues) {
            keyValues.entries().forEach(entry -> {
                texts.add(entry.label());
                texts.add(entry.value());
            });
        } else if (block instanceof Table table) {
            texts.addAll(table.headers());
            table.rows().forEach(row -> texts.addAll(row.cells()));
        } else if (block instanceof LineChart chart) {
            texts.add(chart.title());
            texts.add(chart.yUnit());
            chart.series().forEach(series -> texts.add(series.name()));
            chart.thresholds().forEach(threshold -> texts.add(threshold.label()));
            chart.ticks().forEach(tick -> texts.add(tick.label()));
        } else if (!(block instanceof PageBreak)) {
            throw new IllegalArgumentException("unknown block " + block.getClass());
        }
    }
}
