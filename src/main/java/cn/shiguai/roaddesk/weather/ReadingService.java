package cn.shiguai.roaddesk.weather;

import cn.shiguai.roaddesk.common.events.Change;
import cn.shiguai.roaddesk.common.events.ChangeBus;

/**
 * The one way readings come in — typed in the form, imported, or from a feed — so that every
 * screen hears of each new reading the same way.
 */
public final class ReadingService {
    private final ReadingStore store;
    private final ChangeBus changes;

    public ReadingService(ReadingStore store, ChangeBus changes) {
        this.store = store;
        this.changes = changes;
    }

    public ReadingStore store() {
        return store;
    }

    public ReadingRecord save(ReadingDraft draft, String enteredBy) {
        ReadingRecord saved = store.save(draft, enteredBy);
        changes.publish(Change.READINGS);
        return saved;
    }
}
