package cn.shiguai.roaddesk.report;

import cn.shiguai.roaddesk.report.doc.Block;
import cn.shiguai.roaddesk.report.doc.Paragraph;
import cn.shiguai.roaddesk.report.doc.ReportDocument;
import java.util.ArrayList;
import java.util.List;

/**
 * What every document kind shares around its body: the letterhead, the number line (or the
 * draft's note that the number comes at issue), the date line, the watermark of a draft, the
 * note of a correction, and the footer with the duty log's seal.
 */
final class DocumentShell {
    static final String DRAFT_WATERMARK = "草稿";

    private final IssuingOffice office;
    private final DocumentLanguage language;

    DocumentShell(IssuingOffice office, DocumentLanguage language) {
        this.office = office;
        this.language = language;
    }

    ReportDocument document(DocumentKind kind, String title, Issuance issuance, DocumentDraft draft, List<Block> body,
                            LogSeal sealOrNull) {
        List<Block> blocks = new ArrayList<>();
        DocumentNumber number = issuance.number();
        if (number != null && number.kind() != kind) {
            throw new IllegalArgumentException("a " + kind + " cannot carry the number of a " + number.kind());
        }
        if (number != null && number.isCorrection()) {
            blocks.add(new Paragraph(correctionNote(number, draft)));
        }
        blocks.addAll(body);
        signatures(issuance).ifPresent(line -> blocks.add(new Paragraph(line)));
        String numberLine = number == null ? language.get("number.unassigned") : number.numberLine();
        return new ReportDocument(office.issuer(), title, numberLine, language.date(issuance.date()), blocks,
                sealOrNull == null ? "" : footer(sealOrNull), issuance.draft() ? DRAFT_WATERMARK : null);
    }

    /**
     * "拟稿：王海燕　　签发：刘雪峰（2026年12月2日 10:30）" (issue 14, item 3): who answers for the
     * text and who authorised it. A draft says it awaits 签发.
     */
    java.util.Optional<String> signatures(Issuance issuance) {
        if (issuance.drafter() == null && issuance.issuer() == null) {
            return java.util.Optional.empty();
        }
        String drafted = issuance.drafter() == null ? "" : language.format("sign.drafter", issuance.drafter());
        String issued = issuance.issuer() == null ? language.get("sign.awaiting")
                : language.format("sign.issuer", issuance.issuer(), language.moment(issuance.issuedAt()));
        return java.util.Optional.of(drafted.isEmpty() ? issued : drafted + "\u3000\u3000" + issued);
    }

    /**
     * "值班日志共 1234 条 · 链头 SHA-256 9f3a… · 签名检查点：刘雪峰（密钥 …）5f2e…": lets a reader check
     * the printout against the log, and the checkpoint file against the printout.
     */
    String footer(LogSeal seal) {
        if (seal.entryCount() == 0) {
            return language.get("footer.emptyLog");
        }
        String footer = language.format("footer.seal", seal.entryCount(), seal.headHash());
        LogSeal.Signed signed = seal.signed();
        return signed == null ? footer
                : footer + "\n" + language.format("footer.signed", signed.signer(), signed.keyId(),
                        signed.shortSignature());
    }

    private String correctionNote(DocumentNumber number, DocumentDraft draft) {
        DocumentNumber corrected = number.corrected();
        String note = language.format("correction.note", number.kind().chineseName(), number.issueLabel(),
                number.version(), corrected.version());
        String details = draft.text(DraftParts.CORRECTION);
        return details.isEmpty() ? note : note + "\n" + details;
    }
}
