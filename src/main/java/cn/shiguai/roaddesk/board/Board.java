package cn.shiguai.roaddesk.board;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** What waits on the duty officer at one moment, the urgent first. */
public record Board(Instant at, List<BoardItem> items) {

    public Board {
        items = List.copyOf(items);
    }

    public Map<BoardItem.Kind, Integer> counts() {
        Map<BoardItem.Kind, Integer> counts = new EnumMap<>(BoardItem.Kind.class);
        for (BoardItem.Kind k : BoardItem.Kind.values()) {
            counts.put(k, 0);
        }
        items.forEach(i -> counts.merge(i.kind(), 1, Integer::sum));
        return counts;
    }

    public long urgent() {
        return items.stream().filter(BoardItem::urgent).count();
    }
}
