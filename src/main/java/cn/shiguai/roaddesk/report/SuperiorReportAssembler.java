package cn.shiguai.roaddesk.report;

import cn.shiguai.roaddesk.measures.MeasureStatus;
import cn.shiguai.roaddesk.report.doc.Block;
import cn.shiguai.roaddesk.report.doc.KeyValues;
import cn.shiguai.roaddesk.report.doc.Paragraph;
import java.util.ArrayList;
import java.util.List;

/**
 * 上报 (§五 职责4): the periodic report to superiors — the weather, the response and the
 * recommendation, road traffic, and the measures in figures per position rather than item by
 * item, which is the leading group's business.
 */
final class SuperiorReportAssembler implements KindAssembler {
    private final IssuingOffice office;
    private final DocumentLanguage language;
    private final DraftSentences sentences;
    private final MeasureTables measures;

    SuperiorReportAssembler(IssuingOffice office, DocumentLanguage language) {
        this.office = office;
        this.language = language;
        this.sentences = new DraftSentences(language);
        this.measures = new MeasureTables(language);
    }

    @Override
    public DocumentDraft draft(SituationSnapshot snapshot) {
        return new DocumentDraft(DocumentKind.SUPERIOR_REPORT, List.of(
                DraftPart.of(DraftParts.ADDRESSEE, office.superiorAddressee()),
                DraftPart.of(DraftParts.WEATHER, sentences.weather(snapshot)),
                DraftPart.of(DraftParts.ROADS, sentences.roads(snapshot)),
                DraftPart.of(DraftParts.MEASURES_TAKEN, measuresTaken(snapshot)),
                DraftPart.of(DraftParts.OUTLOOK, sentences.outlook(snapshot))));
    }

    @Override
    public String title() {
        return language.format("title.SUPERIOR_REPORT", office.district());
    }

    @Override
    public boolean sealed() {
        return true;
    }

    @Override
    public List<Block> body(SituationSnapshot snapshot, DocumentDraft draft) {
        List<Block> body = new ArrayList<>();
        String addressee = draft.text(DraftParts.ADDRESSEE);
        if (!addressee.isEmpty()) {
            body.add(new Paragraph(addressee.endsWith("：") ? addressee : addressee + "："));
        }
        body.add(new Paragraph(language.format("superior.intro", language.period(snapshot.period()), office.district())));
        Sections sections = new Sections(language, body);
        sections.chapter("superior.weather");
        sections.paragraph(draft.text(DraftParts.WEATHER));
        sections.chapter("superior.response");
        body.add(sentences.response().block(snapshot, false));
        body.addAll(sentences.response().upperParagraphs(snapshot));
        sections.chapter("superior.roads");
        sections.paragraph(draft.text(DraftParts.ROADS));
        sections.chapter("superior.measures");
        sections.paragraph(draft.text(DraftParts.MEASURES_TAKEN));
        if (!snapshot.measures().isEmpty()) {
            body.add(measures.countsTable(snapshot.measures()));
        }
        sections.chapter("superior.outlook");
        sections.paragraph(draft.text(DraftParts.OUTLOOK));
        body.add(new Paragraph(language.get("superior.closing")));
        body.add(KeyValues.of(KeyValues.entry(language.get("label.compiledBy"),
                language.format("value.compiledBy", snapshot.compiledBy(), language.moment(snapshot.period().to())))));
        return body;
    }

    /** The tally, then each item that cannot be done, with the unit's reason: superiors may have to help. */
    private String measuresTaken(SituationSnapshot snapshot) {
        if (snapshot.measures().isEmpty()) {
            return measures.noMeasuresSentence(snapshot);
        }
        StringBuilder text = new StringBuilder(measures.tallySentence(snapshot.measures()));
        snapshot.measures().stream().filter(m -> m.status() == MeasureStatus.CANNOT).forEach(m -> text.append(
                language.format(m.note().isEmpty() ? "draft.superior.cannot" : "draft.superior.cannotWithNote",
                        m.itemId(), m.title(), m.positionTitle(), m.note())));
        return text.toString();
    }
}
