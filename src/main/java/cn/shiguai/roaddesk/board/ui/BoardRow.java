package cn.shiguai.roaddesk.board.ui;

import cn.shiguai.roaddesk.board.BoardItem;

/** A board item as its row shows it, worded in the window's language. */
public record BoardRow(BoardItem item, String kind, String text, String place) {
    public boolean urgent() {
        return item.urgent();
    }
}
