package cn.shiguai.roaddesk.report.ui;

import cn.shiguai.roaddesk.common.events.Change;
import cn.shiguai.roaddesk.common.events.ChangeBus;
import cn.shiguai.roaddesk.common.fx.TaskRunner;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.report.DocumentKind;
import cn.shiguai.roaddesk.report.DocumentNumber;
import cn.shiguai.roaddesk.report.DraftPart;
import cn.shiguai.roaddesk.report.issue.DocumentService;
import cn.shiguai.roaddesk.report.issue.Drafted;
import cn.shiguai.roaddesk.report.print.PageImages;
import cn.shiguai.roaddesk.report.print.PreviewViewModel;
import cn.shiguai.roaddesk.report.print.PrintViewModel;
import cn.shiguai.roaddesk.report.print.PrinterAccess;
import cn.shiguai.roaddesk.report.store.IssuedDocument;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The documents screen: a draft of a kind and day with its editable parts and a preview of the
 * PDF as it would print; issuing it (numbered, stored, logged); the list of issued documents,
 * each opened as issued, printed or saved again, or corrected by a new version. Everything that
 * reads the store or renders runs through the {@link TaskRunner}; never touches a node.
 */
public final class DocumentsViewModel {
    private final DocumentService documents;
    private final TaskRunner tasks;
    private final Messages messages;
    private final ZoneId zone;
    private final Supplier<String> currentUser;

    private final ObjectProperty<DocumentKind> kind = new SimpleObjectProperty<>(DocumentKind.DAILY_REPORT);
    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>();
    private final ObservableList<PartField> parts = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper partsNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<PreviewViewModel> preview = new ReadOnlyObjectWrapper<>();
    /** A PDF is shown exactly when its pages are. */
    private final BooleanBinding hasPdf = preview.isNotNull();
    private final ReadOnlyBooleanWrapper previewStale = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ObservableList<IssuedRow> issued = FXCollections.observableArrayList();
    private final ObjectProperty<IssuedRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper awaiting = new ReadOnlyStringWrapper("");

    /** The draft or correction being edited, or null while an issued document (or nothing) is shown. */
    private Drafted drafted;
    /** The issued document shown as issued, or null. */
    private IssuedDocument shown;
    /** The PDF the preview shows and that saving and printing use: the rendered draft or the stored bytes. */
    private byte[] pdf;

    private final Supplier<java.util.List<Path>> storeFiles;

    public DocumentsViewModel(DocumentService documents, ChangeBus changes, TaskRunner tasks, Messages messages,
                              Clock clock, ZoneId zone, Supplier<String> currentUser) {
        this(documents, changes, tasks, messages, clock, zone, currentUser, java.util.List::of);
    }

    /** @param storeFiles the database's own files, which a saved PDF may never land on */
    public DocumentsViewModel(DocumentService documents, ChangeBus changes, TaskRunner tasks, Messages messages,
                              Clock clock, ZoneId zone, Supplier<String> currentUser,
                              Supplier<java.util.List<Path>> storeFiles) {
        this.storeFiles = storeFiles;
        this.documents = documents;
        this.tasks = tasks;
        this.messages = messages;
        this.zone = zone;
        this.currentUser = currentUser;
        day.set(LocalDate.now(clock.withZone(zone)));
        partsNote.set(messages.get("documents.parts.none"));
        changes.subscribe(change -> {
            if (change == Change.DOCUMENTS) {
                tasks.onUiThread(this::loadIssued);
            }
        });
    }

    // ---- Properties

    public ObjectProperty<DocumentKind> kind() { return kind; }
    public ObjectProperty<LocalDate> day() { return day; }
    /** The editable parts of the draft, in the document's order; empty while an issued document is shown. */
    public ObservableList<PartField> parts() { return parts; }
    /** What the parts area says when it has no parts, or what a draft's parts are for. */
    public ReadOnlyStringProperty partsNote() { return partsNote.getReadOnlyProperty(); }
    /** What is shown: "草稿 · 道路交通情况日报 · 2026-01-12", or an issued document's number and issuer. */
    public ReadOnlyStringProperty heading() { return heading.getReadOnlyProperty(); }
    /** The pages of the PDF shown; replaced whenever another PDF is shown. */
    public ReadOnlyObjectProperty<PreviewViewModel> preview() { return preview.getReadOnlyProperty(); }
    /** Texts were edited since the preview was drawn. */
    public ReadOnlyBooleanProperty previewStale() { return previewStale.getReadOnlyProperty(); }
    /** A draft or correction is open: its parts may be edited and it may be issued. */
    public ReadOnlyBooleanProperty editing() { return editing.getReadOnlyProperty(); }
    /** There is a PDF to save or print. */
    public BooleanBinding hasPdf() { return hasPdf; }
    public ReadOnlyBooleanProperty busy() { return busy.getReadOnlyProperty(); }
    public ReadOnlyStringProperty status() { return status.getReadOnlyProperty(); }
    public ReadOnlyStringProperty error() { return error.getReadOnlyProperty(); }
    /** Every issued version, newest first. */
    public ObservableList<IssuedRow> issued() { return issued; }
    public ObjectProperty<IssuedRow> selected() { return selected; }
    /** The drafts sent for review and waiting for 签发, in one line; empty when none waits. */
    public ReadOnlyStringProperty awaiting() { return awaiting.getReadOnlyProperty(); }

    // ---- Commands

    /** Loads the list, and finds and parses the font meanwhile so the first preview does not wait for it. */
    public void start() {
        loadIssued();
        tasks.run(() -> {
            documents.warmUp();
            return true;
        }, warm -> { }, this::failed);
    }

    public void loadIssued() {
        tasks.run(documents::awaitingReview, reviews -> awaiting.set(reviews.isEmpty() ? ""
                : messages.format("documents.awaiting", reviews.stream().map(r -> messages.format("documents.awaiting.one",
                        messages.get(r.kind().labelKey()), r.day().toString(), r.draftedBy(),
                        IssuedRow.shownTime(r.sentAt(), zone))).collect(java.util.stream.Collectors.joining("；")))),
                this::failed);
        tasks.run(documents::list, list -> {
            // The row selected stays selected; after an issue, the document just issued is.
            long keep = shown != null ? shown.id() : selected.get() != null ? selected.get().id() : -1;
            issued.setAll(list.stream().map(s -> IssuedRow.of(s, messages, zone)).toList());
            selected.set(issued.stream().filter(r -> r.id() == keep).findFirst().orElse(null));
        }, this::failed);
    }

    /** A new draft of the chosen kind and day, drawn from the store; its preview follows. */
    public void draft() {
        DocumentKind chosenKind = kind.get();
        LocalDate chosenDay = day.get();
        if (chosenKind == null || chosenDay == null || busy.get()) {
            return;
        }
        work("documents.drafting");
        tasks.run(() -> documents.draft(chosenKind, chosenDay, currentUser.get()), d -> {
            edit(d);
            refreshPreview();
            d.review().ifPresent(r -> partsNote.set(messages.format("documents.review.taken", r.draftedBy(),
                    IssuedRow.shownTime(r.sentAt(), zone))));
        }, this::failed);
    }

    /** 送审: the draft with the texts as edited goes to the director or a leader to issue. */
    public void sendForReview() {
        if (drafted == null || busy.get()) {
            return;
        }
        Drafted sending = drafted;
        Map<String, String> texts = texts();
        work("documents.sending");
        tasks.run(() -> documents.sendForReview(sending, texts), sent -> {
            done();
            status.set(messages.format("documents.review.sent", messages.get(sent.kind().labelKey()),
                    sent.day().toString()));
        }, this::failed);
    }

    /** Renders the draft with the texts as edited, watermarked 草稿. */
    public void refreshPreview() {
        if (drafted == null) {
            return;
        }
        Drafted rendering = drafted;
        Map<String, String> texts = texts();
        work("documents.rendering");
        tasks.run(() -> documents.render(rendering, texts), rendered -> {
            showPdf(rendered);
            previewStale.set(false);
            status.set(messages.get("documents.previewed"));
            done();
        }, this::failed);
    }

    /**
     * Finds the number the draft would get and hands the question to ask to {@code ask}, on the
     * UI thread; the view asks, and calls {@link #issue()} if the officer confirms.
     */
    public void prepareIssue(Consumer<String> ask) {
        if (drafted == null || busy.get()) {
            return;
        }
        Drafted asked = drafted;
        tasks.run(() -> documents.nextNumber(asked), number -> ask.accept(messages.format("documents.issue.question",
                messages.get(asked.kind().labelKey()), number.numberLine())), this::failed);
    }

    /** Issues the draft with the texts as edited; the issued document is then shown as issued. */
    public void issue() {
        if (drafted == null || busy.get()) {
            return;
        }
        Drafted issuing = drafted;
        Map<String, String> texts = texts();
        String by = currentUser.get();
        work("documents.issuing");
        tasks.run(() -> documents.issue(issuing, texts, by), document -> {
            showIssued(document);
            status.set(messages.format("documents.issued.done", document.title(),
                    document.documentNumber().numberLine(), document.sha256().substring(0, 12)));
        }, this::failed);
    }

    /** Shows an issued version exactly as stored, read-only, after checking its hash. */
    public void open(IssuedRow row) {
        if (row == null || busy.get()) {
            return;
        }
        work("documents.rendering");
        tasks.run(() -> documents.get(row.id()), document -> {
            showIssued(document);
            String number = document.documentNumber().numberLine();
            if (document.hashMatches()) {
                status.set(messages.format("documents.opened", document.title(), number));
            } else {
                error.set(messages.format("documents.hashMismatch", document.title(), number));
            }
        }, this::failed);
    }

    /** A correction of the issue the row belongs to, always of its version in force. */
    public void startCorrection(IssuedRow row) {
        if (row == null || busy.get()) {
            return;
        }
        long inForce = issued.stream().filter(row::sameIssue)
                .max(Comparator.comparingInt(r -> r.summary().number().version())).orElse(row).id();
        work("documents.drafting");
        tasks.run(() -> documents.correctionDraft(inForce, currentUser.get()), d -> {
            edit(d);
            refreshPreview();
        }, this::failed);
    }

    /** Writes the PDF shown, byte for byte (a draft as previewed, an issued document as stored). */
    public void saveAs(Path file) {
        byte[] bytes = pdf;
        if (bytes == null) {
            return;
        }
        String name = documentName();
        // Through OutputFile: never onto the database's files, written to a temporary name and
        // moved into place, so a full disk leaves the old file, not half a PDF. The chooser has
        // already asked before replacing an existing file.
        tasks.run(() -> {
            cn.shiguai.roaddesk.common.files.OutputFile.check(file, storeFiles.get(), true).write(bytes);
            documents.recordSaved(name, file);
            return file;
        }, written -> status.set(messages.format("documents.saved", file)),
                failure -> error.set(messages.format("documents.saveFailed", file, reason(failure))));
    }

    /** The print dialog's model over the PDF shown. */
    public PrintViewModel printModel(PrinterAccess printers) {
        return new PrintViewModel(pdf, documentName(), PageImages.of(pdf), printers, tasks, messages)
                .recordingTo(new RecordedOutputs(documents));
    }

    /** "石拐区道路交通情况日报 2026年第3期", or for a draft its kind and day. */
    public String documentName() {
        if (shown != null) {
            return messages.format("documents.name.issued", shown.title(), shown.documentNumber().numberLine());
        }
        return drafted == null ? "" : messages.format("documents.name.draft",
                messages.get(drafted.kind().labelKey()), drafted.snapshot().date().toString());
    }

    public String suggestedFileName() {
        return documentName().replaceAll("[\\\\/:*?\"<>|]", "_") + ".pdf";
    }

    // ---- Inner workings

    private void edit(Drafted d) {
        drafted = d;
        shown = null;
        kind.set(d.kind()); // a correction's kind and day, so the bar above says what is being edited
        day.set(d.snapshot().date());
        parts.setAll(d.draft().parts().stream().map(this::field).toList());
        partsNote.set("");
        editing.set(true);
        String kindName = messages.get(d.kind().labelKey());
        heading.set(d.correcting()
                .map(c -> messages.format("documents.heading.correction", kindName, c.next().numberLine()))
                .orElse(messages.format("documents.heading.draft", kindName, d.snapshot().date().toString())));
    }

    private PartField field(DraftPart part) {
        PartField field = new PartField(part.key(), messages.format(part.labelKey(), part.subject()), part.text());
        field.text().addListener((o, before, after) -> previewStale.set(true));
        return field;
    }

    private void showIssued(IssuedDocument document) {
        drafted = null;
        shown = document;
        parts.clear();
        partsNote.set(messages.get("documents.parts.issued"));
        editing.set(false);
        previewStale.set(false);
        DocumentNumber n = document.documentNumber();
        heading.set(messages.format("documents.heading.issued", document.title(), n.numberLine(), document.issuedBy(),
                IssuedRow.shownTime(document.issuedAt(), zone)));
        showPdf(document.pdf());
        selected.set(issued.stream().filter(r -> r.id() == document.id()).findFirst().orElse(selected.get()));
        done();
    }

    private void showPdf(byte[] bytes) {
        pdf = bytes;
        PreviewViewModel pages = new PreviewViewModel(PageImages.of(bytes), tasks, messages);
        preview.set(pages);
        pages.open();
    }

    private Map<String, String> texts() {
        Map<String, String> texts = new LinkedHashMap<>();
        parts.forEach(p -> texts.put(p.key(), p.text().get()));
        return texts;
    }

    private void work(String what) {
        busy.set(true);
        error.set("");
        status.set(messages.get(what));
    }

    private void done() {
        busy.set(false);
    }

    private void failed(Throwable failure) {
        busy.set(false);
        status.set("");
        error.set(reason(failure));
    }

    private String reason(Throwable failure) {
        return FailureWords.of(failure, messages);
    }
}
