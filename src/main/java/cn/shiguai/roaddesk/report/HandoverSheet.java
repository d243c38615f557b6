package cn.shiguai.roaddesk.report;

import cn.shiguai.roaddesk.report.doc.Block;
import cn.shiguai.roaddesk.report.doc.Heading;
import cn.shiguai.roaddesk.report.doc.KeyValues;
import cn.shiguai.roaddesk.report.doc.Paragraph;
import cn.shiguai.roaddesk.report.doc.ReportDocument;
import cn.shiguai.roaddesk.report.doc.Table;
import cn.shiguai.roaddesk.rules.RuleSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The handover sheet (交接班记录, issue 14 item 5) on one A4 page: who handed over to whom and
 * when, the outgoing officer's summary, and each open item with the incoming officer's
 * acknowledgement; lines for both to sign on paper; the duty log's seal in the footer. Filed
 * like an issued document, but 签发 by no one: it records the desk, it is not sent out.
 */
public final class HandoverSheet {
    /** Rows of open items that fit one A4 page beside a summary of a few lines. */
    static final int ROWS = 10;

    private final IssuingOffice office;
    private final DocumentLanguage language;

    public HandoverSheet(IssuingOffice office, RuleSet rules) {
        this.office = office;
        this.language = new DocumentLanguage(rules);
    }

    /**
     * @param summary empty when the outgoing officer wrote none
     * @param items   the open items as the incoming officer acknowledged them, in order
     */
    public record Content(String outgoing, Instant handedOverAt, String summary, String incoming, Instant takenAt,
                          List<String> items, String levelInForce) {
        public Content {
            items = List.copyOf(items);
        }
    }

    public ReportDocument document(Content content, DocumentNumber number, LogSeal seal) {
        if (number.kind() != DocumentKind.HANDOVER_SHEET) {
            throw new IllegalArgumentException("a handover sheet cannot carry the number of a " + number.kind());
        }
        List<Block> body = new ArrayList<>();
        body.add(KeyValues.of(
                KeyValues.entry(language.get("sheet.outgoing"), content.outgoing()),
                KeyValues.entry(language.get("sheet.handedOverAt"), language.moment(content.handedOverAt())),
                KeyValues.entry(language.get("sheet.incoming"), content.incoming()),
                KeyValues.entry(language.get("sheet.takenAt"), language.moment(content.takenAt())),
                KeyValues.entry(language.get("sheet.level"), content.levelInForce())));
        body.add(Heading.section(language.get("sheet.summary")));
        body.add(new Paragraph(content.summary().isBlank() ? language.get("sheet.noSummary") : content.summary()));
        body.add(Heading.section(language.format("sheet.items", content.items().size())));
        if (content.items().isEmpty()) {
            body.add(new Paragraph(language.get("sheet.noItems")));
        } else {
            List<List<String>> rows = new ArrayList<>();
            int shown = content.items().size() <= ROWS ? content.items().size() : ROWS - 1;
            for (int i = 0; i < shown; i++) {
                rows.add(List.of(String.valueOf(i + 1), content.items().get(i), language.get("sheet.acknowledged")));
            }
            if (shown < content.items().size()) {
                // One page, as a handover sheet is filed: the rest are in the log's entry of the
                // taking over, word for word, each acknowledged like these.
                rows.add(List.of("", language.format("sheet.more", content.items().size() - shown),
                        language.get("sheet.acknowledged")));
            }
            body.add(Table.ofCells(List.of(language.get("sheet.column.no"), language.get("sheet.column.item"),
                    language.get("sheet.column.ack")), rows, new float[] {1, 10, 2}));
        }
        body.add(new Paragraph(language.get("sheet.signatures")));
        LocalDate day = LocalDate.ofInstant(content.takenAt(), language.zone());
        DocumentShell shell = new DocumentShell(office, language);
        return new ReportDocument(office.issuer(), language.format("title.HANDOVER_SHEET", office.district()),
                number.numberLine(), language.date(day), body, shell.footer(seal), null);
    }
}
