package cn.shiguai.roaddesk.report;

import cn.shiguai.roaddesk.report.doc.Block;
import cn.shiguai.roaddesk.report.doc.KeyValues;
import cn.shiguai.roaddesk.report.doc.Paragraph;
import cn.shiguai.roaddesk.rules.Evaluation;
import cn.shiguai.roaddesk.rules.EvaluationText;
import cn.shiguai.roaddesk.rules.ResponseLevel;
import java.util.ArrayList;
import java.util.List;

/**
 * The response in force and the plan's recommendation with its reasons, as a block of label
 * and value lines, and as sentences for drafts. The reasons are {@link EvaluationText}'s, so
 * the document says exactly what the window says.
 */
final class ResponseSummary {
    private final DocumentLanguage language;

    ResponseSummary(DocumentLanguage language) {
        this.language = language;
    }

    KeyValues block(SituationSnapshot snapshot, boolean withPeriod) {
        EvaluationText text = language.evaluation();
        Evaluation evaluation = snapshot.evaluation();
        List<KeyValues.Entry> entries = new ArrayList<>();
        if (withPeriod) {
            entries.add(KeyValues.entry(language.get("label.period"), language.period(snapshot.period())));
        }
        entries.add(KeyValues.entry(language.get("label.response"), inForce(snapshot)));
        entries.add(KeyValues.entry(language.get("label.recommendation"), recommendation(snapshot)));
        entries.add(KeyValues.entry(language.get("label.reasons"), text.verdict(evaluation)));
        entries.add(KeyValues.entry(language.get("label.next"), text.nextLevelSummary(evaluation)));
        for (String warning : text.warnings(evaluation)) {
            entries.add(KeyValues.entry(language.get("label.warning"), warning));
        }
        entries.add(KeyValues.entry(language.get("label.ruleSet"),
                language.format("value.ruleSet", evaluation.ruleSetName(), text.planTitle())));
        return new KeyValues(entries);
    }

    /** "二级响应（重大），自1月12日9时40分起（张占良，组长决定）" or "未启动应急响应". */
    String inForce(SituationSnapshot snapshot) {
        return snapshot.response().map(r -> {
            String since = language.format("value.inForce", language.levelName(r.level()), language.moment(r.levelSince()),
                    r.decidedBy(), language.message(r.capacity().labelKey()));
            return r.levelChanged()
                    ? since + language.format("value.responseSince", language.moment(r.responseSince()))
                    : since;
        }).orElse(language.get("value.noResponse"));
    }

    /** "上级响应：包头市 三级响应（包政办发〔2026〕12号，自 12月2日 08:00 起）", one per level of government in force. */
    List<String> upperSentences(SituationSnapshot snapshot) {
        return snapshot.upper().stream().map(u -> language.format("upper.inForce", u.announcedBy(),
                language.levelShort(u.level()), u.docNumber() == null ? "" : language.format("upper.doc", u.docNumber()),
                language.tableTime(u.since()))).toList();
    }

    /** The upper levels' sentences as paragraphs, placed right after the district's response. */
    List<Block> upperParagraphs(SituationSnapshot snapshot) {
        return upperSentences(snapshot).stream().<Block>map(Paragraph::new).toList();
    }

    /** The recommended level, and whether it matches the level in force. */
    String recommendation(SituationSnapshot snapshot) {
        ResponseLevel recommended = snapshot.evaluation().level();
        ResponseLevel active = snapshot.response().map(ResponseInForce::level).orElse(ResponseLevel.NONE);
        String key = recommended == active
                ? (active.isResponse() ? "value.recommendation.same" : "value.recommendation.plain")
                : "value.recommendation.differs";
        return language.format(key, language.levelName(recommended));
    }

    /** For drafts: "领导小组于1月12日9时40分决定启动二级应急响应，目前响应持续。" */
    String responseSentence(SituationSnapshot snapshot) {
        return snapshot.response().map(r -> language.format(
                        r.capacity().ofLeadingGroup() ? "sentence.response.group" : "sentence.response.office",
                        language.moment(r.levelSince()), language.levelShort(r.level())))
                .orElse(language.get("sentence.response.none"));
    }

    /**
     * For drafts: "经对照预案第四条研判，已达到二级响应（重大）条件。" The level only: its reasons
     * stand word for word in the block of the document, and repeating them in prose would only
     * give the two a chance to disagree once the office edits the prose.
     */
    String recommendationSentence(SituationSnapshot snapshot) {
        ResponseLevel level = snapshot.evaluation().level();
        return level.isResponse() ? language.format("sentence.recommendation", language.levelName(level))
                : language.get("sentence.recommendation.none");
    }
}
