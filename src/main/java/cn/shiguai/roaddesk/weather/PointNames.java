package cn.shiguai.roaddesk.weather;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/**
 * How typed point names are matched, so that "五当镇旅游公路K12弯道" (a character missing, no
 * spaces, a full-width K) is recognised as "五当召镇 旅游公路 K12 弯道" instead of silently
 * becoming a new point and breaking a persistent-snow run the plan would count.
 */
public final class PointNames {

    private PointNames() {
    }

    /** The name as compared: full-width forms folded (NFKC), every kind of space removed, lower case. */
    public static String normalize(String name) {
        if (name == null) {
            return "";
        }
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKC);
        StringBuilder b = new StringBuilder(folded.length());
        folded.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .forEach(b::appendCodePoint);
        return b.toString().toLowerCase(Locale.ROOT);
    }

    /** Whether {@code typed} is a start of, or inside, {@code known} once both are normalised: for completion. */
    public static boolean matches(String typed, String known) {
        String t = normalize(typed);
        return !t.isEmpty() && normalize(known).contains(t);
    }

    /**
     * The known point a typed name most likely means, when it is not one of them exactly: equal
     * once normalised, or within a small edit distance (1 for names of up to 6 characters, 2
     * for longer ones). Empty when the name is known or nothing is near.
     */
    public static Optional<String> nearest(String typed, Collection<String> known) {
        String name = typed == null ? "" : typed.strip();
        if (name.isEmpty() || known.contains(name)) {
            return Optional.empty();
        }
        String t = normalize(name);
        int allowed = t.codePointCount(0, t.length()) <= 6 ? 1 : 2;
        return known.stream()
                .map(k -> new Candidate(k, distance(t, normalize(k))))
                .filter(c -> c.distance() <= allowed)
                .min(Comparator.comparingInt(Candidate::distance).thenComparing(Candidate::name))
                .map(Candidate::name);
    }

    /** Levenshtein distance by code point. */
    static int distance(String a, String b) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        int[] previous = new int[y.length + 1];
        int[] current = new int[y.length + 1];
        for (int j = 0; j <= y.length; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= x.length; i++) {
            current[0] = i;
            for (int j = 1; j <= y.length; j++) {
                int substitute = previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[y.length];
    }

    private record Candidate(String name, int distance) { }
}
