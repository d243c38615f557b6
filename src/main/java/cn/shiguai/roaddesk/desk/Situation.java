package cn.shiguai.roaddesk.desk;

import cn.shiguai.roaddesk.response.ActiveResponse;
import cn.shiguai.roaddesk.rules.Evaluation;
import cn.shiguai.roaddesk.rules.ResponseLevel;
import java.util.Optional;

/** What the header always shows: the response in force (if any) and what the plan recommends now. */
public record Situation(Optional<ActiveResponse> active, Evaluation recommendation) {

    public ResponseLevel activeLevel() {
        return active.map(ActiveResponse::level).orElse(ResponseLevel.NONE);
    }

    /** The recommendation differs from the level in force: the duty officer must look. */
    public boolean recommendationDiffers() {
        return recommendation.level() != activeLevel();
    }
}
