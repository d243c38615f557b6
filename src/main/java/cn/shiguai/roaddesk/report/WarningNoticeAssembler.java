package cn.shiguai.roaddesk.report;

import cn.shiguai.roaddesk.measures.ActivationPlan;
import cn.shiguai.roaddesk.measures.Assignment;
import cn.shiguai.roaddesk.measures.Share;
import cn.shiguai.roaddesk.report.doc.Block;
import cn.shiguai.roaddesk.report.doc.Heading;
import cn.shiguai.roaddesk.report.doc.KeyValues;
import cn.shiguai.roaddesk.report.doc.Paragraph;
import cn.shiguai.roaddesk.roster.GroupRole;
import cn.shiguai.roaddesk.roster.Position;
import cn.shiguai.roaddesk.rules.ResponseLevel;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * 恶劣天气交通影响预警通报 (§七(三)): to the member units, the weather expected, the key areas
 * it affects (§七(二)) and advice to each department, drafted from what the level the weather
 * points to asks of it (the level in force, else the recommended one, at least level IV).
 */
final class WarningNoticeAssembler implements KindAssembler {
    private final ReportContext context;
    private final DocumentLanguage language;
    private final DraftSentences sentences;
    private final WarningDrafts drafts;

    WarningNoticeAssembler(ReportContext context, DocumentLanguage language) {
        this.context = context;
        this.language = language;
        this.sentences = new DraftSentences(language);
        this.drafts = new WarningDrafts(context.ruleSet(), language);
    }

    @Override
    public DocumentDraft draft(SituationSnapshot snapshot) {
        List<DraftPart> parts = new ArrayList<>();
        parts.add(DraftPart.of(DraftParts.WEATHER, drafts.weather(snapshot)));
        parts.add(DraftPart.of(DraftParts.KEY_AREAS, drafts.keyAreas(snapshot)));
        ResponseLevel level = anticipatedLevel(snapshot);
        ActivationPlan plan = ActivationPlan.of(context.catalogue(), context.roster(), level, !snapshot.roadsCut().isEmpty());
        for (Position position : departments()) {
            List<String> titles = plan.owedBy(position.key()).stream().filter(a -> a.share() == Share.LEAD)
                    .map(Assignment::item).filter(item -> !item.id().startsWith("T.")).map(item -> item.title()).toList();
            if (!titles.isEmpty()) {
                parts.add(new DraftPart(DraftParts.advice(position.key()), "report.part.advice", unitName(position),
                        language.format("draft.advice", language.levelShort(level), String.join("；", titles))));
            }
        }
        return new DocumentDraft(DocumentKind.WARNING_NOTICE, parts);
    }

    @Override
    public String title() {
        return language.format("title.WARNING_NOTICE", context.office().district());
    }

    @Override
    public boolean sealed() {
        return true;
    }

    @Override
    public List<Block> body(SituationSnapshot snapshot, DocumentDraft draft) {
        List<Block> body = new ArrayList<>();
        body.add(new Paragraph(language.get("warning.addressee")));
        body.add(new Paragraph(language.format("warning.intro", language.date(snapshot.date()),
                language.evaluation().planTitle())));
        Sections sections = new Sections(language, body);
        sections.chapter("warning.weather");
        sections.paragraph(draft.text(DraftParts.WEATHER));
        if (!snapshot.warnings().isEmpty()) {
            // Forecasts in the issuers' words, beside the observations, never in the assessment's level.
            body.add(new Paragraph(language.get("warning.signals")));
            body.add(drafts.signalTable(snapshot.warnings()));
        }
        sections.chapter("warning.assessment");
        body.add(sentences.response().block(snapshot, false));
        sections.chapter("warning.keyAreas");
        sections.paragraph(draft.text(DraftParts.KEY_AREAS));
        List<DraftPart> advice = draft.parts().stream()
                .filter(p -> p.key().startsWith(DraftParts.ADVICE_PREFIX) && !p.isBlank()).toList();
        if (!advice.isEmpty()) {
            sections.chapter("warning.advice");
            for (int i = 0; i < advice.size(); i++) {
                DraftPart part = advice.get(i);
                body.add(new Paragraph(language.format("warning.adviceItem", Sections.numeral(i + 1), part.subject(),
                        part.text().strip())));
            }
        }
        body.add(new Paragraph(language.get("warning.closing")));
        body.add(KeyValues.of(KeyValues.entry(language.get("label.compiledBy"),
                language.format("value.compiledBy", snapshot.compiledBy(), language.moment(snapshot.period().to())))));
        return body;
    }

    /** The level in force, else the recommended one; a warning below every threshold prepares for level IV. */
    static ResponseLevel anticipatedLevel(SituationSnapshot snapshot) {
        ResponseLevel recommended = snapshot.evaluation().level();
        ResponseLevel active = snapshot.response().map(ResponseInForce::level).orElse(ResponseLevel.NONE);
        ResponseLevel higher = active.isMoreSevereThan(recommended) ? active : recommended;
        return higher.isResponse() ? higher : ResponseLevel.IV;
    }

    /** The member units addressed: every member unit but the group leader's post, in the roster's order. */
    private List<Position> departments() {
        Set<Position> units = new LinkedHashSet<>();
        for (Position position : context.roster().memberUnits()) {
            if (position.groupRole() != GroupRole.LEADER) {
                units.add(position);
            }
        }
        return List.copyOf(units);
    }

    /** "区交通运输局" for the post 区交通运输局局长, from the wording file; the post's title otherwise. */
    private String unitName(Position position) {
        String key = "unit." + position.key();
        return DocumentWords.chinese().has(key) ? language.get(key) : position.title();
    }
}
