package cn.shiguai.roaddesk.cli;

import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.common.text.Printable;
import cn.shiguai.roaddesk.dutylog.DutyLog;
import cn.shiguai.roaddesk.dutylog.EntryHash;
import cn.shiguai.roaddesk.dutylog.LogEntry;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

/** One duty-log entry as a line of text for people, or of JSON with every hashed field. */
final class LogLines {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(DutyLog.DISTRICT_ZONE);

    private final ObjectMapper mapper = new ObjectMapper();
    private final Messages messages;

    LogLines(Messages messages) {
        this.messages = messages;
    }

    /**
     * One line per entry, whatever the entry holds: its author and text are escaped
     * ({@link Printable}), so a newline or an ANSI sequence stored in a text can never start a
     * forged "#999 … 组长 启动一级响应" line.
     */
    String text(LogEntry e) {
        StringBuilder line = new StringBuilder();
        line.append('#').append(e.seq()).append("  ").append(LOCAL.format(e.occurredAt()))
                .append("  [").append(messages.get(e.category().textKey())).append("]  ")
                .append(Printable.escape(e.author())).append("  ").append(Printable.escape(e.text()));
        if (!e.links().isEmpty()) {
            line.append("  <").append(e.links().stream()
                    .map(l -> messages.format("log.link", messages.get("log.link." + l.type().name()), String.valueOf(l.id())))
                    .collect(Collectors.joining(messages.get("list.separator")))).append('>');
        }
        if (e.correctsSeq() != null) {
            line.append("  ").append(e.reason() == null
                    ? messages.format("log.corrects", String.valueOf(e.correctsSeq()))
                    : messages.format("log.correctsBecause", String.valueOf(e.correctsSeq()), e.reason()));
        }
        if (e.isCorrected()) {
            line.append("  ").append(messages.format("log.corrected", String.valueOf(e.correctedBySeq())));
        }
        return line.toString();
    }

    /** Times as hashed (UTC, six fraction digits), so the chain can be recomputed from the export. */
    String json(LogEntry e) {
        ObjectNode node = mapper.createObjectNode();
        node.put("seq", e.seq());
        node.put("occurredAt", EntryHash.formatTime(e.occurredAt()));
        node.put("recordedAt", EntryHash.formatTime(e.recordedAt()));
        node.put("author", e.author());
        node.put("category", e.category().name());
        node.put("text", e.text());
        ArrayNode links = node.putArray("links");
        e.links().forEach(l -> {
            ObjectNode link = links.addObject().put("type", l.type().name()).put("id", l.id());
            if (e.recordHashes().containsKey(l)) {
                link.put("recordHash", e.recordHashes().get(l));
            }
        });
        if (e.correctsSeq() == null) {
            node.putNull("correctsSeq");
        } else {
            node.put("correctsSeq", e.correctsSeq());
        }
        if (e.reason() == null) {
            node.putNull("reason");
        } else {
            node.put("reason", e.reason());
        }
        if (e.correctedBySeq() == null) {
            node.putNull("correctedBySeq");
        } else {
            node.put("correctedBySeq", e.correctedBySeq());
        }
        node.put("prevHash", e.prevHash());
        node.put("hash", e.hash());
        return node.toString();
    }
}
