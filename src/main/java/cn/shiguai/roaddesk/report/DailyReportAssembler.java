package cn.shiguai.roaddesk.report;

import cn.shiguai.roaddesk.report.doc.Block;
import cn.shiguai.roaddesk.report.doc.Heading;
import cn.shiguai.roaddesk.report.doc.KeyValues;
import cn.shiguai.roaddesk.report.doc.Paragraph;
import java.util.ArrayList;
import java.util.List;

/**
 * 道路交通情况日报 (§九(一)): the day's situation for the leading group — the response and the
 * plan's recommendation with its reasons, readings and their 72 h trend, roads, every measure
 * by position with its status, the notable log entries, who compiled it.
 */
final class DailyReportAssembler implements KindAssembler {
    private final IssuingOffice office;
    private final DocumentLanguage language;
    private final DraftSentences sentences;

    DailyReportAssembler(IssuingOffice office, DocumentLanguage language) {
        this.office = office;
        this.language = language;
        this.sentences = new DraftSentences(language);
    }

    @Override
    public DocumentDraft draft(SituationSnapshot snapshot) {
        return new DocumentDraft(DocumentKind.DAILY_REPORT, List.of(
                DraftPart.of(DraftParts.SUMMARY, sentences.summary(snapshot)),
                DraftPart.of(DraftParts.ROADS, sentences.roads(snapshot)),
                DraftPart.of(DraftParts.OUTLOOK, sentences.outlook(snapshot))));
    }

    @Override
    public String title() {
        return language.format("title.DAILY_REPORT", office.district());
    }

    @Override
    public boolean sealed() {
        return true;
    }

    @Override
    public List<Block> body(SituationSnapshot snapshot, DocumentDraft draft) {
        List<Block> body = new ArrayList<>();
        body.add(sentences.response().block(snapshot, true));
        body.addAll(sentences.response().upperParagraphs(snapshot));
        Sections sections = new Sections(language, body);
        sections.chapter("daily.overview");
        sections.paragraph(draft.text(DraftParts.SUMMARY));

        sections.chapter("daily.weather");
        body.add(Heading.section(language.get("daily.weather.latest")));
        if (snapshot.readings().isEmpty()) {
            // A fresh desk has no monitoring point yet: a sentence, not a table of headers alone.
            body.add(new Paragraph(language.get("daily.weather.noLocations")));
        } else {
            body.add(new ReadingsTable(language).table(snapshot.readings()));
        }
        if (!snapshot.neighbouringReadings().isEmpty()) {
            body.add(new Paragraph(language.get("daily.weather.neighbouringNote")));
        }
        if (!snapshot.trends().isEmpty()) {
            body.add(Heading.section(language.get("daily.weather.trend")));
            body.addAll(new TrendCharts(language).charts(snapshot.trends()));
        }

        sections.chapter("daily.roads");
        sections.paragraph(draft.text(DraftParts.ROADS));
        if (!snapshot.traffic().isEmpty()) {
            body.add(new LogTables(language).traffic(snapshot.traffic()));
        }

        sections.chapter("daily.measures");
        MeasureTables measures = new MeasureTables(language);
        if (snapshot.measures().isEmpty()) {
            body.add(new Paragraph(measures.noMeasuresSentence(snapshot)));
        } else {
            body.add(new Paragraph(measures.tallySentence(snapshot.measures())));
            body.add(measures.byPositionTable(snapshot.measures()));
        }

        sections.chapter("daily.log");
        if (snapshot.log().isEmpty()) {
            body.add(new Paragraph(language.get("daily.log.none")));
        } else {
            boolean oneDay = language.local(snapshot.period().from()).toLocalDate()
                    .equals(language.local(snapshot.period().to()).toLocalDate());
            body.add(new LogTables(language).log(snapshot.log(), oneDay));
        }

        sections.chapter("daily.outlook");
        sections.paragraph(draft.text(DraftParts.OUTLOOK));
        body.add(KeyValues.of(KeyValues.entry(language.get("label.compiledBy"),
                language.format("value.compiledBy", snapshot.compiledBy(), language.moment(snapshot.period().to())))));
        return body;
    }
}
