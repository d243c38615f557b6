package cn.shiguai.roaddesk.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether a document is a draft or issued, with its number and the date on its date line
 * (成文日期). A draft is printed with the watermark 草稿 and may not have a number yet (the store
 * assigns it at issue); a draft of a correction already knows the number it will carry.
 *
 * @param drafter  who drafted it (拟稿), or null when not said (a test's document)
 * @param issuer   who issued it (签发: a director or a leader), null for a draft
 * @param issuedAt when it was issued, null for a draft
 */
public record Issuance(LocalDate date, DocumentNumber number, boolean draft, String drafter, String issuer,
                       Instant issuedAt) {
    public Issuance {
        Objects.requireNonNull(date, "date");
        if (!draft && number == null) {
            throw new IllegalArgumentException("an issued document has a number");
        }
        if (draft && issuer != null) {
            throw new IllegalArgumentException("a draft has no issuer yet");
        }
    }

    public Issuance(LocalDate date, DocumentNumber number, boolean draft) {
        this(date, number, draft, null, null, null);
    }

    /** The same, drafted by {@code drafter}: printed as 拟稿. */
    public Issuance draftedBy(String drafter) {
        return new Issuance(date, number, draft, drafter, issuer, issuedAt);
    }

    /** The same, issued by {@code issuer} at {@code at}: printed as 签发 with the time. */
    public Issuance issuedBy(String issuer, Instant at) {
        return new Issuance(date, number, draft, drafter, Objects.requireNonNull(issuer, "issuer"),
                Objects.requireNonNull(at, "at"));
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
