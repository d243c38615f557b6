package cn.shiguai.roaddesk.report.issue;

import cn.shiguai.roaddesk.common.events.Change;
import cn.shiguai.roaddesk.common.events.ChangeBus;
import cn.shiguai.roaddesk.dutylog.ChainReport;
import cn.shiguai.roaddesk.dutylog.DutyLog;
import cn.shiguai.roaddesk.dutylog.signed.Checkpoint;
import cn.shiguai.roaddesk.dutylog.signed.Checkpoints;
import cn.shiguai.roaddesk.report.LogSeal;
import cn.shiguai.roaddesk.report.DocumentDraft;
import cn.shiguai.roaddesk.report.DocumentKind;
import cn.shiguai.roaddesk.report.DocumentNumber;
import cn.shiguai.roaddesk.report.DraftParts;
import cn.shiguai.roaddesk.report.Issuance;
import cn.shiguai.roaddesk.report.ReportContext;
import cn.shiguai.roaddesk.report.Reports;
import cn.shiguai.roaddesk.report.SituationSnapshot;
import cn.shiguai.roaddesk.report.doc.ReportDocument;
import cn.shiguai.roaddesk.report.pdf.PdfRenderer;
import cn.shiguai.roaddesk.report.pdf.ReplacedGlyphs;
import cn.shiguai.roaddesk.report.store.DocumentRepository;
import cn.shiguai.roaddesk.report.store.IssueRefusedException;
import cn.shiguai.roaddesk.report.store.IssueRefusedException.Reason;
import cn.shiguai.roaddesk.report.store.IssuedDocument;
import cn.shiguai.roaddesk.report.store.IssuedSummary;
import cn.shiguai.roaddesk.report.store.SnapshotLoader;
import cn.shiguai.roaddesk.report.store.ReviewRepository;
import cn.shiguai.roaddesk.access.Actor;
import java.io.IOException;
import java.io.UncheckedIOException;
import cn.shiguai.roaddesk.access.Permission;
import cn.shiguai.roaddesk.common.i18n.RecordLanguage;
import cn.shiguai.roaddesk.access.Seat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Drafting, previewing, issuing and correcting the office's documents, and reading back what
 * was issued. No toolkit: the window and the command line share it. Every method reads the
 * database or renders, so callers run it off the FX thread.
 *
 * <pre>{@code
 * Drafted drafted = documents.draft(DocumentKind.DAILY_REPORT, day, "王海燕");
 * byte[] preview = documents.render(drafted, editedTexts);          // watermarked 草稿
 * IssuedDocument issued = documents.issue(drafted, editedTexts, "王海燕");
 * }</pre>
 */
public final class DocumentService {
    private final SnapshotLoader snapshots;
    private final DocumentRepository repository;
    private final DutyLog log;
    private final Supplier<ReportContext> contexts;
    private final DocumentFonts fonts;
    private final ChangeBus changes;
    private final Clock clock;
    private final ZoneId zone;
    private final Seat seat;
    private volatile Consumer<ReplacedGlyphs> replacedGlyphs = glyphs -> { };
    private ReviewRepository reviews;
    private volatile Checkpoints checkpoints;

    /** @param contexts the office, rules, catalogue and the roster as it now stands, read when a document is made */
    public DocumentService(SnapshotLoader snapshots, DocumentRepository repository, DutyLog log,
                           Supplier<ReportContext> contexts, DocumentFonts fonts, ChangeBus changes, Clock clock,
                           ZoneId zone) {
        this(snapshots, repository, log, contexts, fonts, changes, clock, zone, new Seat());
    }

    /**
     * @param seat who is signed in: drafting needs {@link Permission#DRAFT_DOCUMENT}, issuing (签发)
     *             {@link Permission#ISSUE_DOCUMENT}, a director's or a leader's
     */
    public DocumentService(SnapshotLoader snapshots, DocumentRepository repository, DutyLog log,
                           Supplier<ReportContext> contexts, DocumentFonts fonts, ChangeBus changes, Clock clock,
                           ZoneId zone, Seat seat) {
        this.seat = seat;
        this.snapshots = snapshots;
        this.repository = repository;
        this.log = log;
        this.contexts = contexts;
        this.fonts = fonts;
        this.changes = changes;
        this.clock = clock;
        this.zone = zone;
    }

    /** Who is told of characters a render printed as □ because the font lacks them (e.g. to warn). */
    public void onReplacedGlyphs(Consumer<ReplacedGlyphs> listener) {
        this.replacedGlyphs = listener;
    }

    /** Where drafts sent for review (审核) are kept; without it nothing can be sent. */
    public DocumentService withReviews(ReviewRepository reviews) {
        this.reviews = reviews;
        return this;
    }

    /**
     * Each issue from now on writes a signed checkpoint of the log it seals, printed in the footer
     * (issue 14, item 6), while a signer's key is unlocked. Set once by the composition root.
     */
    public void signCheckpointsWith(Checkpoints signed) {
        this.checkpoints = signed;
    }

    /** Finds and parses the font now, so the first preview does not wait for it. */
    public void warmUp() {
        fonts.warmUp();
    }

    public DocumentFonts fonts() {
        return fonts;
    }

    /** A new document of a day, drawn up to now (today) or to the day's end (a past day). */
    public Drafted draft(DocumentKind kind, LocalDate day, String compiledBy) {
        seat.require(Permission.DRAFT_DOCUMENT);
        Optional<ReviewRepository.Review> review = reviews == null ? Optional.empty() : reviews.open(kind, day);
        if (review.isPresent()) {
            // A draft sent for review: the same moment and the drafter's texts, the drafter as 拟稿.
            DraftRecord sent = DraftRecord.parse(review.get().draftJson());
            SituationSnapshot snapshot = snapshots.load(day, sent.moment(), review.get().draftedBy());
            return new Drafted(kind, snapshot, reports().draft(kind, snapshot).withTexts(sent.texts()), Optional.empty(),
                    review);
        }
        Instant moment = snapshots.momentFor(day, clock.instant());
        SituationSnapshot snapshot = snapshots.load(day, moment, compiledBy);
        return new Drafted(kind, snapshot, reports().draft(kind, snapshot), Optional.empty());
    }

    /**
     * 送审: keeps the draft with the texts as edited, for a director or a leader to take up when
     * they draft the same kind and day, and logs it. Drafting is what it needs, not issuing.
     */
    public ReviewRepository.Review sendForReview(Drafted drafted, Map<String, String> texts) {
        Actor by = seat.require(Permission.DRAFT_DOCUMENT);
        if (drafted.isCorrection() || reviews == null) {
            throw new IssueRefusedException(Reason.NOT_DRAFTED, drafted.kind().chineseName());
        }
        SituationSnapshot snapshot = drafted.snapshot();
        // Two seats drafting the same document: the later 送审 must not silently replace a draft
        // sent meanwhile that it was not drawn from (issue 15, item 5); the officer loads it first.
        Optional<ReviewRepository.Review> waiting = reviews.open(drafted.kind(), snapshot.date());
        if (waiting.isPresent() && drafted.review().map(r -> r.id() != waiting.get().id()).orElse(true)) {
            ReviewRepository.Review other = waiting.get();
            throw new IssueRefusedException(Reason.REVIEW_SENT_MEANWHILE, other.draftedBy(),
                    RecordLanguage.time(other.sentAt()));
        }
        String json = new DraftRecord(snapshot.date(), snapshot.period().to(), texts).toJson();
        String who = by.isSystem() ? snapshot.compiledBy() : by.words();
        ReviewRepository.Review sent = reviews.send(drafted.kind(), snapshot.date(), json, snapshot.compiledBy(),
                by.isSystem() ? snapshot.compiledBy() : by.name(), cn.shiguai.roaddesk.common.i18n.RecordLanguage
                        .text("log.text.review", who, drafted.kind().chineseName(),
                                cn.shiguai.roaddesk.common.i18n.RecordLanguage.date(snapshot.date())));
        changes.publish(Change.DOCUMENTS);
        return sent;
    }

    /** Drafts waiting for 签发, the oldest first. */
    public List<ReviewRepository.Review> awaitingReview() {
        return reviews == null ? List.of() : reviews.open();
    }

    /**
     * A correction of the version in force: the same day and moment read again (data corrected
     * since are in it), the texts as issued, and first the part saying what is corrected.
     */
    public Drafted correctionDraft(long issuedId, String compiledBy) {
        seat.require(Permission.DRAFT_DOCUMENT);
        IssuedDocument original = get(issuedId);
        if (!DocumentKind.drafted().contains(original.kind())) {
            throw new IssueRefusedException(Reason.NOT_DRAFTED, original.documentNumber().issueLabel());
        }
        requireInForce(original);
        DraftRecord record = DraftRecord.parse(original.draftJson());
        SituationSnapshot snapshot = snapshots.load(record.reportDay(), record.moment(), compiledBy);
        return new Drafted(original.kind(), snapshot,
                reports().correctionDraft(original.kind(), snapshot, record.texts()),
                Optional.of(new Drafted.Correcting(issuedId, original.documentNumber().nextVersion())));
    }

    /** The draft with the office's texts as PDF, watermarked 草稿, with the number only a correction knows. */
    public byte[] render(Drafted drafted, Map<String, String> texts) {
        LocalDate today = today();
        Issuance issuance = drafted.correcting().map(c -> Issuance.draftOf(today, c.next()))
                .orElse(Issuance.draft(today)).draftedBy(drafted.snapshot().compiledBy());
        return pdf(reports().assemble(drafted.kind(), drafted.snapshot(), drafted.draft().withTexts(texts), issuance));
    }

    /** The number issuing the draft now would give it, to name it before the office confirms. */
    public DocumentNumber nextNumber(Drafted drafted) {
        return drafted.correcting().map(Drafted.Correcting::next).orElseGet(() -> {
            int year = today().getYear();
            return DocumentNumber.first(drafted.kind(), year, repository.nextNumber(drafted.kind(), year));
        });
    }

    /**
     * Issues the draft with the office's texts: numbered, rendered with that number and the duty
     * log's seal at this moment, stored with its SHA-256 and logged, all in one transaction.
     *
     * @throws IssueRefusedException for a correction that does not say what it corrects, a
     *                               superseded version, or a duty log whose chain is broken
     */
    public IssuedDocument issue(Drafted drafted, Map<String, String> texts, String issuedBy) {
        return issue(drafted, texts, issuedBy, pdf -> { });
    }

    /**
     * Issues as {@link #issue(Drafted, Map, String)}, handing the PDF to {@code output} inside the
     * issuing transaction: if {@code output} throws (a file that cannot be written), nothing is
     * numbered, stored or logged.
     */
    public IssuedDocument issue(Drafted drafted, Map<String, String> texts, String issuedBy, Consumer<byte[]> output) {
        seat.require(Permission.ISSUE_DOCUMENT);
        DocumentDraft edited = drafted.draft().withTexts(texts);
        Instant issuedAt = clock.instant();
        LocalDate issueDay = LocalDate.ofInstant(issuedAt, zone);
        Reports reports = reports();
        DocumentRepository.Rendering rendering = number -> {
            // Inside the write: no entry can be appended between this seal and the document's own entry.
            // From the last checkpoint: the whole log (seconds at a million entries) is verified daily.
            ChainReport chain = log.verifyFromCheckpoint();
            if (!chain.intact()) {
                throw new IssueRefusedException(Reason.LOG_CHAIN_BROKEN, chain.firstBadSeq());
            }
            SituationSnapshot sealed = drafted.snapshot().withSeal(signed(SnapshotLoader.sealOf(chain), chain, number));
            ReportDocument document = reports.assemble(drafted.kind(), sealed, edited, Issuance.issued(issueDay, number)
                    .draftedBy(drafted.snapshot().compiledBy()).issuedBy(issuedBy, issuedAt));
            String json = new DraftRecord(sealed.date(), sealed.period().to(), edited.texts()).toJson();
            DocumentRepository.Rendered rendered = new DocumentRepository.Rendered(document.title(), pdf(document), json);
            output.accept(rendered.pdf());
            return rendered;
        };
        IssuedDocument issued;
        if (drafted.correcting().isPresent()) {
            requireCorrectionStated(drafted, edited);
            issued = repository.correct(drafted.correcting().get().issuedId(), issuedBy, rendering);
        } else {
            issued = repository.issue(drafted.kind(), issueDay.getYear(), issuedBy, rendering);
        }
        changes.publish(Change.DOCUMENTS);
        return issued;
    }

    /**
     * Files a record the desk writes itself, the handover sheet: numbered, rendered with the duty
     * log's seal and stored with its entry in one transaction like an issued document, but 签发 by
     * no one, being a record of the desk and not a document sent out. No seat permission: the
     * caller has checked who acts (the incoming officer, signed in by password).
     */
    public IssuedDocument file(DocumentKind kind, String by,
                               java.util.function.BiFunction<DocumentNumber, LogSeal, ReportDocument> build) {
        if (DocumentKind.drafted().contains(kind)) {
            throw new IllegalArgumentException(kind + " is drafted and issued, not filed");
        }
        int year = today().getYear();
        IssuedDocument filed = repository.issue(kind, year, by, number -> {
            ChainReport chain = log.verifyFromCheckpoint();
            if (!chain.intact()) {
                throw new IssueRefusedException(Reason.LOG_CHAIN_BROKEN, chain.firstBadSeq());
            }
            // A handover is a moment the log is signed at too (issue 14, item 6).
            ReportDocument document = build.apply(number, signed(SnapshotLoader.sealOf(chain), chain, number));
            return new DocumentRepository.Rendered(document.title(), pdf(document), null);
        });
        changes.publish(Change.DOCUMENTS);
        return filed;
    }

    /** The seal with the checkpoint signed for it; as it was when no key is unlocked. */
    private LogSeal signed(LogSeal seal, ChainReport chain, DocumentNumber number) {
        Checkpoints signer = checkpoints;
        if (signer == null) {
            return seal;
        }
        String note = number.kind().chineseName() + " " + number.issueLabel();
        Checkpoint.Reason reason = number.kind() == DocumentKind.HANDOVER_SHEET ? Checkpoint.Reason.HANDOVER
                : Checkpoint.Reason.DOCUMENT;
        return signer.write(chain, reason, note)
                .map(cp -> seal.signedBy(cp.signer(), cp.keyId(), cp.shortSignature())).orElse(seal);
    }

    /**
     * Logs that the signed-in person printed a document (issue 14, item 7): who, what, on which
     * printer, how many pages; the entry's time is when. Reading needs no permission, nor does this.
     */
    public void recordPrinted(String document, String printer, int pages) {
        Actor who = seat.actor();
        repository.recordOutput(who.person(), RecordLanguage.text("log.text.printed", inWords(who), document, pages,
                printer));
    }

    /** Logs that a document left the desk as a file: who, what, where to. */
    public void recordSaved(String document, java.nio.file.Path file) {
        Actor who = seat.actor();
        repository.recordOutput(who.person(), RecordLanguage.text("log.text.savedPdf", inWords(who), document,
                file.toAbsolutePath().toString()));
    }

    /** "应急办主任 刘雪峰": the person, not the name they sign in with; "系统" for the commands. */
    private static String inWords(Actor who) {
        return who.isSystem() ? who.name() : RecordLanguage.text(who.role().textKey()) + " " + who.person();
    }

    /** Drafts and issues a correction in one go, e.g. from a script. */
    public IssuedDocument correct(long issuedId, Map<String, String> texts, String issuedBy) {
        return issue(correctionDraft(issuedId, issuedBy), texts, issuedBy);
    }

    /** Every issued version, newest first. */
    public List<IssuedSummary> list() {
        return repository.list();
    }

    public List<IssuedSummary> list(DocumentKind kind, int year) {
        return repository.ofYear(kind, year);
    }

    /** An issued version with its PDF exactly as stored. */
    public IssuedDocument get(long id) {
        return repository.get(id).orElseThrow(() -> new IssueRefusedException(Reason.NOT_FOUND, id));
    }

    /** Whether the stored PDF still hashes to the SHA-256 stored with it at issue. */
    public boolean verify(long id) {
        return get(id).hashMatches();
    }

    /** The leaders' review checklist of the measures in force now, one page per position; not numbered. */
    public byte[] renderChecklist(String compiledBy) {
        Instant now = clock.instant();
        return pdf(reports().reviewChecklist(snapshots.load(today(), now, compiledBy)));
    }

    private void requireInForce(IssuedDocument original) {
        DocumentNumber number = original.documentNumber();
        int latest = repository.ofYear(original.kind(), original.year()).stream()
                .filter(s -> s.number().number() == number.number())
                .mapToInt(s -> s.number().version()).max().orElse(number.version());
        if (latest != number.version()) {
            throw new IssueRefusedException(Reason.SUPERSEDED, number.issueLabel(), latest);
        }
    }

    /** A correction must say what it corrects: not blank, and not the draft's instruction left as it was. */
    private static void requireCorrectionStated(Drafted drafted, DocumentDraft edited) {
        String stated = edited.text(DraftParts.CORRECTION);
        if (stated.isBlank() || stated.equals(drafted.draft().text(DraftParts.CORRECTION))) {
            throw new IssueRefusedException(Reason.CORRECTION_NOT_STATED);
        }
    }

    private byte[] pdf(ReportDocument document) {
        try {
            return new PdfRenderer(fonts.locator(), clock, replacedGlyphs).renderToBytes(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Reports reports() {
        return new Reports(contexts.get());
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }
}
