package cn.shiguai.roaddesk.report.store;

import java.time.Instant;

/**
 * A document as issued: stored once, never changed; a correction is a new version of the same
 * number that names the version it corrects.
 *
 * @param number the document's number within its kind and year, e.g. the 3 of 〔2026〕3号
 * @param sha256 hex SHA-256 of the PDF bytes
 */
public record IssuedDocument(long id, DocumentKind kind, int year, int number, int version, Long correctsId,
                             String title, Instant issuedAt, String issuedBy, byte[] pdf, String sha256,
                             String draftJson) {
}
