package cn.shiguai.roaddesk.report.issue;

import cn.shiguai.roaddesk.report.DocumentDraft;
import cn.shiguai.roaddesk.report.DocumentKind;
import cn.shiguai.roaddesk.report.DocumentNumber;
import cn.shiguai.roaddesk.report.SituationSnapshot;
import java.util.Objects;
import java.util.Optional;

/**
 * A document being drafted: the situation it is drawn from (read once, so the preview and the
 * issued document show the same data) and its automatic texts, which the office then edits.
 *
 * @param draft      the texts as drafted automatically; the office's edits are passed separately
 * @param correcting for a correction: the version it corrects and the number it will carry; else empty
 */
public record Drafted(DocumentKind kind, SituationSnapshot snapshot, DocumentDraft draft,
                      Optional<Correcting> correcting) {

    /** The issued version a correction replaces, and the number the correction will carry. */
    public record Correcting(long issuedId, DocumentNumber next) { }

    public Drafted {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(draft, "draft");
        Objects.requireNonNull(correcting, "correcting");
    }

    public boolean isCorrection() {
        return correcting.isPresent();
    }
}
