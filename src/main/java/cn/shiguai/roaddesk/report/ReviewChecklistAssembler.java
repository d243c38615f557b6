package cn.shiguai.roaddesk.report;

import cn.shiguai.roaddesk.measures.MeasureStatus;
import cn.shiguai.roaddesk.measures.Share;
import cn.shiguai.roaddesk.report.doc.Block;
import cn.shiguai.roaddesk.report.doc.Heading;
import cn.shiguai.roaddesk.report.doc.KeyValues;
import cn.shiguai.roaddesk.report.doc.PageBreak;
import cn.shiguai.roaddesk.report.doc.Paragraph;
import cn.shiguai.roaddesk.report.doc.ReportDocument;
import cn.shiguai.roaddesk.report.doc.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The leaders' review print (issue 5 §5): the measures-by-position view as a checklist. A
 * cover page with the response and each position's figures, then one page per position —
 * who holds it, each item with the plan's own words, its status as a row of boxes with the
 * current one filled (□ prints on any printer and ticks by hand), the last update and who
 * reported it, and an empty column and signature line for the reviewing leader.
 */
final class ReviewChecklistAssembler {
    private static final String FILLED = "■";
    private static final String EMPTY = "□";
    private static final float[] WIDTHS = {0.9f, 4.0f, 1.45f, 2.3f, 1.0f};
    private static final List<MeasureStatus> BOX_ORDER = List.of(MeasureStatus.DONE, MeasureStatus.IN_PROGRESS,
            MeasureStatus.NOT_STARTED, MeasureStatus.CANNOT);

    private final IssuingOffice office;
    private final DocumentLanguage language;
    private final MeasureTables measures;

    ReviewChecklistAssembler(IssuingOffice office, DocumentLanguage language) {
        this.office = office;
        this.language = language;
        this.measures = new MeasureTables(language);
    }

    ReportDocument assemble(SituationSnapshot snapshot) {
        List<Block> body = new ArrayList<>();
        body.add(KeyValues.of(
                KeyValues.entry(language.get("label.response"), new ResponseSummary(language).inForce(snapshot)),
                KeyValues.entry(language.get("checklist.asOf"), language.moment(snapshot.period().to())),
                KeyValues.entry(language.get("checklist.reviewer"), language.get("checklist.blank"))));
        if (snapshot.measures().isEmpty()) {
            body.add(new Paragraph(language.get("daily.measures.none")));
        } else {
            body.add(new Paragraph(language.get("checklist.howTo")));
            body.add(new Paragraph(measures.tallySentence(snapshot.measures())));
            body.add(measures.countsTable(snapshot.measures()));
            int n = 0;
            for (List<MeasureLine> owed : MeasureTables.byPosition(snapshot.measures()).values()) {
                body.add(PageBreak.INSTANCE);
                body.addAll(positionPage(++n, owed));
            }
        }
        String title = language.format("title.CHECKLIST", office.district());
        String dateLine = language.format("checklist.dateLine", language.date(language.local(snapshot.period().to())
                .toLocalDate()));
        return new ReportDocument(office.issuer(), title, "", dateLine, body,
                new DocumentShell(office, language).footer(snapshot.seal()), null);
    }

    private List<Block> positionPage(int n, List<MeasureLine> owed) {
        MeasureLine first = owed.get(0);
        long leads = owed.stream().filter(m -> m.share() == Share.LEAD).count();
        Map<MeasureStatus, Integer> tally = MeasureTables.tally(owed);
        List<Block> page = new ArrayList<>();
        page.add(Heading.chapter(Sections.numeral(Math.min(n, 19)) + "、" + first.positionTitle()));
        page.add(KeyValues.of(
                KeyValues.entry(language.get("checklist.holder"), measures.holder(first)),
                KeyValues.entry(language.get("checklist.owed"),
                        language.format("checklist.owedValue", owed.size(), leads, owed.size() - leads)),
                KeyValues.entry(language.get("checklist.state"), language.format("checklist.stateValue",
                        tally.get(MeasureStatus.DONE), tally.get(MeasureStatus.IN_PROGRESS),
                        tally.get(MeasureStatus.NOT_STARTED), tally.get(MeasureStatus.CANNOT)))));
        List<Table.Row> rows = owed.stream().map(line -> Table.row(MeasureTables.emphasis(line.status()),
                measures.itemCell(line),
                line.title() + "\n" + line.text(), boxes(line.status()), measures.latest(line), "")).toList();
        page.add(new Table(List.of(language.get("measures.item"), language.get("checklist.measure"),
                language.get("measures.status"), language.get("measures.latest"), language.get("checklist.check")),
                rows, WIDTHS));
        page.add(KeyValues.of(KeyValues.entry(language.get("checklist.opinion"), language.get("checklist.blank")),
                KeyValues.entry(language.get("checklist.signature"), language.get("checklist.signatureBlank"))));
        return page;
    }

    /** "■ 已完成\n□ 进行中\n□ 未开始\n□ 无法完成": every status, the current one filled. */
    private String boxes(MeasureStatus current) {
        List<String> lines = new ArrayList<>();
        for (MeasureStatus status : BOX_ORDER) {
            lines.add((status == current ? FILLED : EMPTY) + " " + measures.status(status));
        }
        return String.join("\n", lines);
    }
}
