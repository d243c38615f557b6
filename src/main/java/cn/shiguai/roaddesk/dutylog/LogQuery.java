package cn.shiguai.roaddesk.dutylog;

import java.time.Instant;
import java.util.Set;

/**
 * Which entries to list: those that occurred in [from, to), optionally of some categories or
 * by one author, oldest first, at most {@code limit}.
 */
public record LogQuery(Instant from, Instant to, Set<LogCategory> categories, String author, int limit) {
    public static final int NO_LIMIT = Integer.MAX_VALUE;

    public LogQuery {
        categories = categories == null ? Set.of() : Set.copyOf(categories);
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
    }

    public static LogQuery between(Instant from, Instant to) {
        return new LogQuery(from, to, Set.of(), null, NO_LIMIT);
    }

    public LogQuery withCategories(Set<LogCategory> only) {
        return new LogQuery(from, to, only, author, limit);
    }

    public LogQuery byAuthor(String who) {
        return new LogQuery(from, to, categories, who, limit);
    }

    public LogQuery limit(int max) {
        return new LogQuery(from, to, categories, author, max);
    }
}
