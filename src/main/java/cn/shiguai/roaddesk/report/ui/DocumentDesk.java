package cn.shiguai.roaddesk.report.ui;

import cn.shiguai.roaddesk.common.events.ChangeBus;
import cn.shiguai.roaddesk.common.fx.TaskRunner;
import cn.shiguai.roaddesk.common.fx.ViewLoader;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.report.issue.DocumentService;
import cn.shiguai.roaddesk.report.print.FxPrinterAccess;
import cn.shiguai.roaddesk.report.print.PageImages;
import cn.shiguai.roaddesk.report.print.PrintViewModel;
import cn.shiguai.roaddesk.report.print.PrintWindow;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * What the desk gets from the documents feature: the documents screen, and the print of the
 * leaders' review checklist that the measures screen offers.
 */
public final class DocumentDesk {
    private final DocumentService documents;
    private final ChangeBus changes;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Clock clock;
    private final ZoneId zone;
    private final Supplier<String> currentUser;
    private final Supplier<Window> owner;
    private Supplier<java.util.List<java.nio.file.Path>> storeFiles = java.util.List::of;

    /** The database's files, which no saved document may land on. */
    public DocumentDesk protecting(Supplier<java.util.List<java.nio.file.Path>> files) {
        this.storeFiles = files;
        return this;
    }

    /** @param owner the desk's window, which the print dialogs belong to */
    public DocumentDesk(DocumentService documents, ChangeBus changes, TaskRunner tasks, Messages messages, Clock clock,
                        ZoneId zone, Supplier<String> currentUser, Supplier<Window> owner) {
        this.documents = documents;
        this.changes = changes;
        this.tasks = tasks;
        this.messages = messages;
        this.clock = clock;
        this.zone = zone;
        this.currentUser = currentUser;
        this.owner = owner;
    }

    /** The documents screen, its list loading and its font warming up behind it. */
    public Parent screen() {
        DocumentsViewModel model = new DocumentsViewModel(documents, changes, tasks, messages, clock, zone, currentUser,
                storeFiles);
        return new ViewLoader(messages).load("DocumentsView.fxml", () -> new DocumentsView(model, messages)).root();
    }

    /** The measures in force now, one page per position, rendered off the FX thread, then the print dialog. */
    public void printChecklist() {
        String name = messages.format("documents.checklist.name", LocalDate.now(clock.withZone(zone)).toString());
        tasks.run(() -> documents.renderChecklist(currentUser.get()), pdf -> {
            Window window = owner.get();
            PrintViewModel model = new PrintViewModel(pdf, name, PageImages.of(pdf), new FxPrinterAccess(() -> window),
                    tasks, messages).recordingTo(new RecordedOutputs(documents));
            PrintWindow.show(model, name, messages, window);
        }, failure -> {
            Alert alert = new Alert(Alert.AlertType.ERROR,
                    messages.format("documents.checklist.failed", FailureWords.of(failure, messages)),
                    new ButtonType(messages.get("dialog.close"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
            alert.initOwner(owner.get());
            alert.show();
        });
    }
}
