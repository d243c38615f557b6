package cn.shiguai.roaddesk.report;

import cn.shiguai.roaddesk.report.doc.ReportDocument;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The office's documents, drafted and assembled from a {@link SituationSnapshot}. Pure: no
 * clock, no file, no database, no toolkit; the store supplies the snapshot and the number, a
 * renderer prints the result.
 *
 * <pre>{@code
 * Reports reports = new Reports(context);
 * DocumentDraft draft = reports.draft(DocumentKind.DAILY_REPORT, snapshot);     // automatic texts
 * draft = draft.with(DraftParts.SUMMARY, editedText);                           // the office edits
 * ReportDocument preview = reports.assemble(DocumentKind.DAILY_REPORT, snapshot, draft, Issuance.draft(today));
 * ReportDocument issued = reports.assemble(DocumentKind.DAILY_REPORT, snapshot, draft,
 *         Issuance.issued(today, DocumentNumber.first(DocumentKind.DAILY_REPORT, 2026, 3)));
 * }</pre>
 */
public final class Reports {
    private final ReportContext context;
    private final DocumentLanguage language;
    private final Map<DocumentKind, KindAssembler> assemblers = new EnumMap<>(DocumentKind.class);

    public Reports(ReportContext context) {
        this.context = Objects.requireNonNull(context, "context");
        this.language = new DocumentLanguage(context.ruleSet());
        IssuingOffice office = context.office();
        assemblers.put(DocumentKind.DAILY_REPORT, new DailyReportAssembler(office, language));
        assemblers.put(DocumentKind.WARNING_NOTICE, new WarningNoticeAssembler(context, language));
        assemblers.put(DocumentKind.PUBLIC_BULLETIN, new PublicBulletinAssembler(office, language));
        assemblers.put(DocumentKind.SUPERIOR_REPORT, new SuperiorReportAssembler(office, language));
    }

    /** The free-text parts of a new document of this kind, drafted from the snapshot. */
    public DocumentDraft draft(DocumentKind kind, SituationSnapshot snapshot) {
        return assembler(kind).draft(snapshot);
    }

    /**
     * The draft of a correction: the texts of the issued version, and a first part in which the
     * office says what was corrected (printed under the fixed note naming the corrected issue).
     *
     * @param issuedTexts the draft texts kept with the issued version ({@link DocumentDraft#texts()})
     */
    public DocumentDraft correctionDraft(DocumentKind kind, SituationSnapshot snapshot, Map<String, String> issuedTexts) {
        return draft(kind, snapshot).withTexts(issuedTexts)
                .withFirst(DraftPart.of(DraftParts.CORRECTION, DocumentWords.chinese().get("draft.correction")));
    }

    /** The document with the draft's texts, as a draft (watermarked 草稿) or as issued. */
    public ReportDocument assemble(DocumentKind kind, SituationSnapshot snapshot, DocumentDraft draft, Issuance issuance) {
        if (draft.kind() != kind) {
            throw new IllegalArgumentException("a draft of a " + draft.kind() + " cannot make a " + kind);
        }
        KindAssembler assembler = assembler(kind);
        return new DocumentShell(context.office(), language).document(kind, assembler.title(), issuance, draft,
                assembler.body(snapshot, draft), assembler.sealed() ? snapshot.seal() : null);
    }

    /** The document with its automatic texts unedited: for scheduled reports from the command line. */
    public ReportDocument assemble(DocumentKind kind, SituationSnapshot snapshot, Issuance issuance) {
        return assemble(kind, snapshot, draft(kind, snapshot), issuance);
    }

    /** The leaders' review print: the measures by position, one page per position. Not numbered. */
    public ReportDocument reviewChecklist(SituationSnapshot snapshot) {
        return new ReviewChecklistAssembler(context.office(), language).assemble(snapshot);
    }

    private KindAssembler assembler(DocumentKind kind) {
        return assemblers.get(Objects.requireNonNull(kind, "kind"));
    }
}
