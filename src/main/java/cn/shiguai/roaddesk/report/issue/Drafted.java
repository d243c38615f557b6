package cn.shiguai.roaddesk.report.issue;

import cn.shiguai.roaddesk.report.store.ReviewRepository;
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
 * @param review     the draft sent for review (审核) it was taken up from, if any
 */
public record Drafted(DocumentKind kind, SituationSnapshot snapshot, DocumentDraft draft,
                      Optional<Correcting> correcting, Optional<ReviewRepository.Review> review) {

    /** A draft of the office's own, not taken up from a review. */
    public Drafted(DocumentKind kind, SituationSnapshot snapshot, DocumentDraft draft, Optional<Correcting> correcting) {
        this(kind, snapshot, draft, correcting, Optional.empty());
    }

    /** The issued version a correction replaces, and the number the correction will carry. */
    public record Correcting(long issuedId, DocumentNumber next) { }

    public Drafted {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(draft, "draft");
        Objects.requireNonNull(correcting, "correcting");
        Objects.requireNonNull(review, "review");
    }

    public boolean isCorrection() {
        return correcting.isPresent();
    }
}
