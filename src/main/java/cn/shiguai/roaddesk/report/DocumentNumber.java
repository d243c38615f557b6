package cn.shiguai.roaddesk.report;

import java.util.Objects;

/**
 * The number of an issued document: per kind and year, assigned by the store at issue. A
 * correction keeps the number of the document it corrects and raises the version, so
 * "2026年第3期" stays the name of that issue however often it is corrected.
 */
public record DocumentNumber(DocumentKind kind, int year, int number, int version) {
    public DocumentNumber {
        Objects.requireNonNull(kind, "kind");
        if (year < 2000 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (number < 1) {
            throw new IllegalArgumentException("numbers start at 1, was " + number);
        }
        if (version < 1) {
            throw new IllegalArgumentException("versions start at 1, was " + version);
        }
    }

    public static DocumentNumber first(DocumentKind kind, int year, int number) {
        return new DocumentNumber(kind, year, number, 1);
    }

    /** "2026年第3期": the issue, whatever its version. */
    public String issueLabel() {
        return year + "年第" + number + "期";
    }

    /** As printed in the letterhead: "2026年第3期", or "2026年第3期（更正）" for a correction. */
    public String numberLine() {
        if (!isCorrection()) {
            return issueLabel();
        }
        return issueLabel() + (version == 2 ? "（更正）" : "（第" + (version - 1) + "次更正）");
    }

    public boolean isCorrection() {
        return version > 1;
    }

    /** The version this one corrects. */
    public DocumentNumber corrected() {
        if (!isCorrection()) {
            throw new IllegalStateException(issueLabel() + " version 1 corrects nothing");
        }
        return new DocumentNumber(kind, year, number, version - 1);
    }

    /** The number a correction of this version will carry. */
    public DocumentNumber nextVersion() {
        return new DocumentNumber(kind, year, number, version + 1);
    }
}
