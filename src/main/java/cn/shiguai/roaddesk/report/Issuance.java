package cn.shiguai.roaddesk.report;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether a document is a draft or issued, with its number and the date on its date line
 * (成文日期). A draft is printed with the watermark 草稿 and may not have a number yet (the store
 * assigns it at issue); a draft of a correction already knows the number it will carry.
 */
public record Issuance(LocalDate date, DocumentNumber number, boolean draft) {
    public Issuance {
        Objects.requireNonNull(date, "date");
        if (!draft && number == null) {
            throw new IllegalArgumentException("an issued document has a number");
        }
    }

    public static Issuance draft(LocalDate date) {
        return new Issuance(date, null, true);
    }

    public static Issuance draftOf(LocalDate date, DocumentNumber number) {
        return new Issuance(date, Objects.requireNonNull(number, "number"), true);
    }

    public static Issuance issued(LocalDate date, DocumentNumber number) {
        return new Issuance(date, number, false);
    }

    public Optional<DocumentNumber> numberIfAssigned() {
        return Optional.ofNullable(number);
    }
}
