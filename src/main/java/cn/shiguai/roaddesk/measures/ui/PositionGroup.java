package cn.shiguai.roaddesk.measures.ui;

import cn.shiguai.roaddesk.measures.MeasureStatus;
import java.util.List;

/** One position with the items it owes: "区交通运输局局长 · 李新明 — 2 项未完成". */
public record PositionGroup(String positionKey, String title, String holder, List<MeasureRow> rows) {

    public PositionGroup {
        rows = List.copyOf(rows);
    }

    public long open() {
        return rows.stream().filter(r -> r.status() != MeasureStatus.DONE).count();
    }
}
