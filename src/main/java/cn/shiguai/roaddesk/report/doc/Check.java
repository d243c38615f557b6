package cn.shiguai.roaddesk.report.doc;

import java.util.List;
import java.util.Objects;

/** Argument checks shared by the document records, so each record states its rules in one line. */
final class Check {
    private Check() {
    }

    static String text(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }

    static String present(String value, String name) {
        return Objects.requireNonNull(value, name);
    }

    /** An immutable copy; {@link List#copyOf} also rejects null elements. */
    static <T> List<T> list(List<T> values, String name) {
        return List.copyOf(Objects.requireNonNull(values, name));
    }

    static <T> List<T> nonEmptyList(List<T> values, String name) {
        List<T> copy = list(values, name);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
        return copy;
    }
}
