package cn.shiguai.roaddesk.upper;

import cn.shiguai.roaddesk.common.text.FreeText;
import cn.shiguai.roaddesk.rules.ResponseLevel;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An announcement as entered, before it is recorded, checked here once for the window, the
 * command line and feeds alike: who announced it (not blank), the level, from when (district
 * time, within 2000–2100 like every other date of the desk), the document number and source
 * (optional, free text).
 */
public record UpperAnnouncement(String announcedBy, ResponseLevel level, LocalDateTime since, String docNumber,
                                String source) {
    public static final int MAX_NAME = 100;
    public static final int MAX_DOC = 200;
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    private static final Map<String, ResponseLevel> LEVELS = Map.ofEntries(
            Map.entry("I", ResponseLevel.I), Map.entry("1", ResponseLevel.I), Map.entry("一级", ResponseLevel.I),
            Map.entry("II", ResponseLevel.II), Map.entry("2", ResponseLevel.II), Map.entry("二级", ResponseLevel.II),
            Map.entry("III", ResponseLevel.III), Map.entry("3", ResponseLevel.III), Map.entry("三级", ResponseLevel.III),
            Map.entry("IV", ResponseLevel.IV), Map.entry("4", ResponseLevel.IV), Map.entry("四级", ResponseLevel.IV),
            Map.entry("ENDED", ResponseLevel.NONE), Map.entry("END", ResponseLevel.NONE),
            Map.entry("NONE", ResponseLevel.NONE), Map.entry("结束", ResponseLevel.NONE));

    /** @throws UpperRefused naming the first thing wrong */
    public UpperAnnouncement {
        announcedBy = required(announcedBy, "upper.error.by", MAX_NAME);
        if (level == null) {
            throw new UpperRefused("upper.error.levelMissing");
        }
        if (since == null) {
            throw new UpperRefused("upper.error.sinceMissing");
        }
        if (since.getYear() < FIRST_YEAR || since.getYear() > LAST_YEAR) {
            throw new UpperRefused("upper.error.sinceRange", since.toLocalDate().toString(),
                    String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR));
        }
        docNumber = optional(docNumber, "upper.error.doc", MAX_DOC);
        source = optional(source, "upper.error.source", MAX_DOC);
    }

    /** "III", "3", "三级", "ended" (any case): the level a person types; empty when it is none of them. */
    public static Optional<ResponseLevel> parseLevel(String typed) {
        return typed == null ? Optional.empty()
                : Optional.ofNullable(LEVELS.get(typed.strip().toUpperCase(Locale.ROOT)));
    }

    private static String required(String text, String key, int max) {
        String stripped = text == null ? "" : text.strip();
        Optional<FreeText.Problem> problem = FreeText.check(stripped, max);
        if (problem.isPresent()) {
            throw new UpperRefused(key);
        }
        return stripped;
    }

    private static String optional(String text, String key, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return required(text, key, max);
    }
}
