package cn.shiguai.roaddesk.rules;

/**
 * The number words of Chinese legal drafting (domain §3.1): 以上 and 以下 include the number
 * itself, 超过 does not. Rule-set files spell comparisons with these words, so a reader can
 * check a threshold against the plan sentence character by character.
 */
public enum NumberWord {
    AT_LEAST("以上", "≥"),
    AT_MOST("以下", "≤"),
    EXCEEDS("超过", ">"),
    /** 出现: the phenomenon occurs at all. */
    OCCURS("出现", null),
    /** 可能: the event occurs or is likely. */
    LIKELY("可能", null);

    private final String word;
    private final String symbol;

    NumberWord(String word, String symbol) {
        this.word = word;
        this.symbol = symbol;
    }

    public String word() {
        return word;
    }

    /** ≥, ≤ or >; null for words about occurrence. */
    public String symbol() {
        return symbol;
    }

    public boolean comparesNumbers() {
        return symbol != null;
    }

    public boolean holds(double value, double threshold) {
        return switch (this) {
            case AT_LEAST -> value >= threshold;
            case AT_MOST -> value <= threshold;
            case EXCEEDS -> value > threshold;
            case OCCURS, LIKELY -> throw new IllegalStateException(word + " does not compare numbers");
        };
    }

    public static NumberWord fromWord(String word) {
        for (NumberWord w : values()) {
            if (w.word.equals(word)) {
                return w;
            }
        }
        return null;
    }
}
