package cn.shiguai.roaddesk.dutylog;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The search index's keys. Chinese has no spaces between words, so the index holds every
 * character and every pair of adjacent characters (bigrams) of an entry's text, lower-cased,
 * each packed into an int as (first char << 16) | second char (0 for a single character).
 * It records, per block of {@value #BLOCK} consecutive entries, which grams occur there: a word
 * can only be in blocks that hold all of its bigrams, and only those blocks are scanned.
 */
final class SearchGrams {
    static final int BLOCK = 4096;

    private SearchGrams() {
    }

    static int block(long seq) {
        return (int) ((seq - 1) / BLOCK);
    }

    static long firstSeq(int block) {
        return (long) block * BLOCK + 1;
    }

    static long lastSeq(int block) {
        return (long) (block + 1) * BLOCK;
    }

    /** Every character and adjacent pair of the text, whitespace excluded. */
    static Set<Integer> ofText(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        Set<Integer> grams = new TreeSet<>();
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (Character.isWhitespace(c)) {
                continue;
            }
            grams.add(c << 16);
            if (i + 1 < lower.length() && !Character.isWhitespace(lower.charAt(i + 1))) {
                grams.add((c << 16) | lower.charAt(i + 1));
            }
        }
        return grams;
    }

    /** What an entry must hold to contain the needle: the bigrams of each run of characters, or the lone character. */
    static Set<Integer> ofNeedle(String needle) {
        String lower = needle.toLowerCase(Locale.ROOT);
        Set<Integer> grams = new TreeSet<>();
        int i = 0;
        while (i < lower.length()) {
            if (Character.isWhitespace(lower.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < lower.length() && !Character.isWhitespace(lower.charAt(end))) {
                end++;
            }
            if (end - i == 1) {
                grams.add(lower.charAt(i) << 16);
            }
            for (int k = i; k + 1 < end; k++) {
                grams.add((lower.charAt(k) << 16) | lower.charAt(k + 1));
            }
            i = end;
        }
        return grams;
    }
}
