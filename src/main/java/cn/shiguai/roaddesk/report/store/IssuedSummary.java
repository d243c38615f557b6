package cn.shiguai.roaddesk.report.store;

import cn.shiguai.roaddesk.report.DocumentKind;
import cn.shiguai.roaddesk.report.DocumentNumber;
import java.time.Instant;

/**
 * An issued document as the list shows it, without its PDF.
 *
 * @param corrected a later version corrects this one: it is no longer the one in force
 */
public record IssuedSummary(long id, DocumentNumber number, Long correctsId, String title, Instant issuedAt,
                            String issuedBy, String sha256, String draftJson, boolean corrected) {

    public DocumentKind kind() {
        return number.kind();
    }
}
