package cn.shiguai.roaddesk.report.ui;

import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.report.DocumentNumber;
import cn.shiguai.roaddesk.report.issue.DraftRecord;
import cn.shiguai.roaddesk.report.store.IssuedSummary;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** An issued version as the list shows it. */
public record IssuedRow(IssuedSummary summary, String kind, String number, String version, String title, String day,
                        String issuedAt, String issuedBy, String sha, String mark) {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    /** Enough of the hash to compare with a printout's footer by eye. */
    private static final int SHA_SHOWN = 12;

    static IssuedRow of(IssuedSummary s, Messages messages, ZoneId zone) {
        DocumentNumber n = s.number();
        String mark = s.corrected() ? messages.get("documents.mark.corrected")
                : n.isCorrection() ? messages.get("documents.mark.correction") : "";
        return new IssuedRow(s, messages.get(n.kind().labelKey()), n.issueLabel(),
                messages.format("documents.version", String.valueOf(n.version())), s.title(), reportDay(s),
                shownTime(s.issuedAt(), zone), s.issuedBy(), s.sha256().substring(0, SHA_SHOWN) + "…", mark);
    }

    static String shownTime(Instant time, ZoneId zone) {
        return SHOWN.format(time.atZone(zone));
    }

    public long id() {
        return summary.id();
    }

    public boolean corrected() {
        return summary.corrected();
    }

    /** Whether the other row is a version of the same issue (same kind, year and number). */
    boolean sameIssue(IssuedRow other) {
        DocumentNumber a = summary.number();
        DocumentNumber b = other.summary.number();
        return a.kind() == b.kind() && a.year() == b.year() && a.number() == b.number();
    }

    private static String reportDay(IssuedSummary s) {
        try {
            return DraftRecord.parse(s.draftJson()).reportDay().toString();
        } catch (IllegalArgumentException e) {
            return "—"; // issued before drafts were kept with documents
        }
    }
}
