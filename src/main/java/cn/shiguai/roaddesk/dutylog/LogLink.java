package cn.shiguai.roaddesk.dutylog;

import java.util.Comparator;
import java.util.Objects;

/** "This entry concerns decision 3". Ordered by type name, then id: the order they are hashed in. */
public record LogLink(LinkType type, long id) implements Comparable<LogLink> {
    private static final Comparator<LogLink> ORDER = Comparator.comparing((LogLink l) -> l.type.name())
            .thenComparingLong(LogLink::id);

    public LogLink {
        Objects.requireNonNull(type, "type");
    }

    public static LogLink to(LinkType type, long id) {
        return new LogLink(type, id);
    }

    @Override
    public int compareTo(LogLink other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return type + " " + id;
    }
}
