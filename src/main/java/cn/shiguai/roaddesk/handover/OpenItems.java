package cn.shiguai.roaddesk.handover;

import cn.shiguai.roaddesk.board.Board;
import cn.shiguai.roaddesk.board.BoardWords;
import cn.shiguai.roaddesk.common.i18n.RecordLanguage;
import cn.shiguai.roaddesk.measures.MeasureStatus;
import cn.shiguai.roaddesk.measures.OwedItem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What an officer hands over: every item of the duty board (the recommendation differing from
 * the level, stale points, measures waiting or impossible, callbacks, documents due, warnings in
 * force), and the measures of the response not yet done, counted, since the board lists only
 * those waiting too long.
 */
public final class OpenItems {
    private OpenItems() {
    }

    public static List<String> of(Board board, BoardWords words, List<OwedItem> owed, Instant now) {
        List<String> items = new ArrayList<>();
        board.items().forEach(item -> items.add(words.sentence(item, now)));
        long notStarted = owed.stream().filter(o -> o.status() == MeasureStatus.NOT_STARTED).count();
        long inProgress = owed.stream().filter(o -> o.status() == MeasureStatus.IN_PROGRESS).count();
        if (notStarted + inProgress > 0) {
            items.add(RecordLanguage.text("handover.item.measures", notStarted + inProgress, notStarted, inProgress));
        }
        return items;
    }
}
