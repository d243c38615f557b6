package cn.shiguai.roaddesk.rules;

import java.util.Objects;

/**
 * One clause of one level as the rule set states it.
 *
 * @param value the threshold, or null for clauses about occurrence (出现, 可能)
 * @param quote the words of the plan this clause comes from, verbatim
 */
public record Threshold(ClauseKind kind, NumberWord word, Double value, String quote) {

    public Threshold {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(word, "word");
        Objects.requireNonNull(quote, "quote");
    }

    public boolean holdsFor(double observed) {
        return word.holds(observed, value);
    }
}
