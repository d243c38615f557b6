package cn.shiguai.roaddesk.handover;

import java.time.Instant;
import java.util.List;

/**
 * What the outgoing officer left for the next one: their summary and the items open when they
 * wrote it, as the sheet prints them.
 *
 * @param outgoing the outgoing officer as the records name them ("值班员 王海燕")
 */
public record HandoverNote(long id, String outgoing, String summary, List<String> openItems, Instant writtenAt) {
    public HandoverNote {
        openItems = List.copyOf(openItems);
    }
}
