/**
 * Drafting and issuing the office's documents over the store, shared by the window and the
 * command line (no toolkit). {@link cn.shiguai.roaddesk.report.issue.DocumentService} reads a
 * day's situation once ({@link cn.shiguai.roaddesk.report.store.SnapshotLoader}), drafts the
 * automatic texts, renders previews watermarked 草稿, and issues: inside one write the next
 * number is taken, the duty log verified for the footer's seal, the document rendered with both,
 * and the PDF, its SHA-256 and the log entry stored. The texts and the day and moment drafted
 * from are kept with the document ({@link cn.shiguai.roaddesk.report.issue.DraftRecord}), so a
 * correction is redrawn from the same moment and starts from the texts as issued.
 *
 * <pre>{@code
 * DocumentService documents = DocumentService.over(stores, ruleSet, changes, clock);
 * Drafted drafted = documents.draft(DocumentKind.DAILY_REPORT, day, officer);
 * byte[] preview = documents.render(drafted, editedTexts);
 * IssuedDocument issued = documents.issue(drafted, editedTexts, officer);   // 2026年第N期
 * Drafted correction = documents.correctionDraft(issued.id(), officer);
 * }</pre>
 */
package cn.shiguai.roaddesk.report.issue;
