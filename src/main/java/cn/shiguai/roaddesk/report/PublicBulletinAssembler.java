package cn.shiguai.roaddesk.report;

import cn.shiguai.roaddesk.measures.MeasureStatus;
import cn.shiguai.roaddesk.report.doc.Block;
import cn.shiguai.roaddesk.report.doc.Paragraph;
import cn.shiguai.roaddesk.rules.TrafficReport;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * 出行提示 (§九(二)): for the public, when roads are cut — the weather, the state of the roads,
 * why roads cannot be used, what the authorities are doing, and advice on travel. It names no
 * person and carries no log seal: it is published, not filed.
 */
final class PublicBulletinAssembler implements KindAssembler {
    private final IssuingOffice office;
    private final DocumentLanguage language;
    private final DraftSentences sentences;

    PublicBulletinAssembler(IssuingOffice office, DocumentLanguage language) {
        this.office = office;
        this.language = language;
        this.sentences = new DraftSentences(language);
    }

    @Override
    public DocumentDraft draft(SituationSnapshot snapshot) {
        return new DocumentDraft(DocumentKind.PUBLIC_BULLETIN, List.of(
                DraftPart.of(DraftParts.WEATHER, weather(snapshot)),
                DraftPart.of(DraftParts.ROAD_STATUS, roadStatus(snapshot)),
                DraftPart.of(DraftParts.CLOSURE_REASONS, closureReasons(snapshot)),
                DraftPart.of(DraftParts.MEASURES_TAKEN, measuresTaken(snapshot)),
                DraftPart.of(DraftParts.TRAVEL_ADVICE, travelAdvice(snapshot))));
    }

    @Override
    public String title() {
        return language.format("title.PUBLIC_BULLETIN", office.district());
    }

    @Override
    public boolean sealed() {
        return false;
    }

    @Override
    public List<Block> body(SituationSnapshot snapshot, DocumentDraft draft) {
        List<Block> body = new ArrayList<>();
        Sections sections = new Sections(language, body);
        sections.paragraph(draft.text(DraftParts.WEATHER));
        chapter(sections, "bulletin.roads", draft.text(DraftParts.ROAD_STATUS));
        chapter(sections, "bulletin.reasons", draft.text(DraftParts.CLOSURE_REASONS));
        chapter(sections, "bulletin.measures", draft.text(DraftParts.MEASURES_TAKEN));
        chapter(sections, "bulletin.advice", draft.text(DraftParts.TRAVEL_ADVICE));
        body.add(new Paragraph(language.format("bulletin.asOf", language.moment(snapshot.period().to()))));
        return body;
    }

    /** A chapter with nothing to say (no road is closed) is left out. */
    private static void chapter(Sections sections, String titleKey, String text) {
        if (!text.isBlank()) {
            sections.chapter(titleKey);
            sections.paragraph(text);
        }
    }

    private String weather(SituationSnapshot snapshot) {
        WeatherGist gist = WeatherGist.of(snapshot.evaluation());
        return language.format("draft.bulletin.weather", language.monthDay(snapshot.date()), phenomena(gist),
                gist.describe(language));
    }

    /** "降雪、低温、道路结冰". */
    private String phenomena(WeatherGist gist) {
        List<String> words = new ArrayList<>();
        if (gist.snowLying()) {
            words.add(language.get("phenomena.snow"));
        }
        if (gist.freezing().isPresent()) {
            words.add(WeatherGist.phenomenon(gist.freezing().get(), language));
        }
        if (gist.mean().known() && gist.mean().exact().signum() <= 0) {
            words.add(language.get("phenomena.cold"));
        }
        if (gist.roadsIcy()) {
            words.add(language.get("phenomena.icing"));
        }
        return words.isEmpty() ? language.get("phenomena.severe") : language.enumeration(words);
    }

    private String roadStatus(SituationSnapshot snapshot) {
        return sentences.roads(snapshot);
    }

    private String closureReasons(SituationSnapshot snapshot) {
        List<TrafficReport> cut = snapshot.roadsCut();
        if (cut.isEmpty()) {
            return "";
        }
        WeatherGist gist = WeatherGist.of(snapshot.evaluation());
        List<String> roads = cut.stream().map(t -> t.road().isEmpty() ? language.get("traffic.roadUnnamed") : t.road())
                .distinct().toList();
        return language.format("draft.bulletin.reasons", language.enumeration(roads), phenomena(gist));
    }

    /** The response, then what is under way or done, by the gist of each measure (not the standing tasks). */
    private String measuresTaken(SituationSnapshot snapshot) {
        StringBuilder text = new StringBuilder();
        snapshot.response().ifPresentOrElse(
                r -> text.append(language.format("draft.bulletin.response", office.district(),
                        language.moment(r.levelSince()), language.levelShort(r.level()))),
                () -> text.append(language.get("draft.bulletin.noResponse")));
        // Only what the public sees on the road, in words for the public; meetings, duty rosters
        // and requests between offices are no news to a driver.
        Set<String> underWay = new LinkedHashSet<>();
        snapshot.measures().stream()
                .filter(m -> m.status() == MeasureStatus.DONE || m.status() == MeasureStatus.IN_PROGRESS)
                .map(m -> "public." + m.itemId()).filter(DocumentWords.chinese()::has)
                .forEach(key -> underWay.add(language.get(key)));
        if (!underWay.isEmpty()) {
            text.append(language.format("draft.bulletin.underWay", String.join("；", underWay)));
        }
        return text.toString();
    }

    private String travelAdvice(SituationSnapshot snapshot) {
        StringBuilder text = new StringBuilder(language.get("draft.bulletin.advice"));
        List<String> icy = DraftSentences.icyLocations(snapshot);
        if (!icy.isEmpty()) {
            text.append(language.format("draft.bulletin.avoidIcy", language.enumeration(icy)));
        }
        List<String> cut = snapshot.roadsCut().stream().map(TrafficReport::road).filter(r -> !r.isEmpty()).distinct().toList();
        if (!cut.isEmpty()) {
            text.append(language.format("draft.bulletin.detour", language.enumeration(cut)));
        }
        text.append(language.get("draft.bulletin.help"));
        return text.toString();
    }
}
