package cn.shiguai.roaddesk.live;

import java.time.Instant;

/** Whether this seat's server answers, and since when: what the header says about the store. */
public record StoreState(boolean answers, Instant since) {
    public static StoreState connected(Instant since) {
        return new StoreState(true, since);
    }

    public static StoreState lost(Instant since) {
        return new StoreState(false, since);
    }
}
