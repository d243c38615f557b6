package cn.shiguai.roaddesk.report.store;

import cn.shiguai.roaddesk.report.DocumentKind;
import cn.shiguai.roaddesk.report.DocumentNumber;
import java.time.Instant;

/**
 * A document as issued: stored once, never changed; a correction is a new version of the same
 * number that names the version it corrects.
 *
 * @param number    the document's number within its kind and year: the 3 of 2026年第3期
 * @param sha256    hex SHA-256 of the PDF bytes, computed when they were stored
 * @param draftJson what the document was drafted from (report day, moment, the office's texts)
 */
public record IssuedDocument(long id, DocumentKind kind, int year, int number, int version, Long correctsId,
                             String title, Instant issuedAt, String issuedBy, byte[] pdf, String sha256,
                             String draftJson) {

    public DocumentNumber documentNumber() {
        return new DocumentNumber(kind, year, number, version);
    }

    /** Whether the stored bytes still hash to the hash stored with them. */
    public boolean hashMatches() {
        return DocumentRepository.sha256(pdf).equals(sha256);
    }
}
