package cn.shiguai.roaddesk.situation;

import cn.shiguai.roaddesk.rules.Evaluation;
import cn.shiguai.roaddesk.rules.ResponseLevel;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The day's situation as the whole desk sees it at one moment: what the plan recommends today
 * and why, the response in force, and who is on duty. Computed in one place
 * ({@link SituationService}) and read by every screen, the header, the decision dialog and the
 * documents, so none of them can disagree with another.
 *
 * @param version    grows with each situation published, so a late copy never replaces a newer one
 * @param day        the district's calendar day the recommendation is for
 * @param computedAt when it was computed
 * @param officer    the duty officer at the desk
 */
public record Situation(long version, LocalDate day, Instant computedAt, Evaluation recommendation,
                        Optional<ActiveResponse> active, String officer) {

    public Situation {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(recommendation, "recommendation");
        Objects.requireNonNull(active, "active");
    }

    public ResponseLevel activeLevel() {
        return active.map(ActiveResponse::level).orElse(ResponseLevel.NONE);
    }

    public ResponseLevel recommendedLevel() {
        return recommendation.level();
    }

    /** The recommendation differs from the level in force: the duty officer must look. */
    public boolean recommendationDiffers() {
        return recommendation.level() != activeLevel();
    }
}
