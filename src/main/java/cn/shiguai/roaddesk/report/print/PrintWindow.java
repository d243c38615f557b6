package cn.shiguai.roaddesk.report.print;

import cn.shiguai.roaddesk.common.i18n.Messages;
import java.io.File;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The print dialog of an issued document: preview, page setup, print, save as PDF, and the
 * view model's message. With no printer, the message says so and "save as PDF" is the default.
 */
public final class PrintWindow {
    private PrintWindow() {
    }

    public static void show(PrintViewModel model, String documentName, Messages messages, Window owner) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(messages.format("print.title", documentName));

        Button preview = new Button(messages.get("print.preview"));
        preview.setOnAction(e -> PreviewWindow.show(model.preview(), messages, stage));
        Button setup = new Button(messages.get("print.pageSetup"));
        setup.setOnAction(e -> model.pageSetup());
        Button print = new Button(messages.get("print.print"));
        print.setOnAction(e -> model.print());
        print.setDefaultButton(true);
        Button save = new Button(messages.get("print.saveAs"));
        save.setOnAction(e -> chooseFile(model, messages, stage));
        Button close = new Button(messages.get("print.close"));
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        save.disableProperty().bind(model.busyProperty());
        for (Button button : new Button[] {setup, print}) {
            button.disableProperty().bind(model.busyProperty().or(model.noPrinterProperty()));
        }
        model.noPrinterProperty().addListener((o, had, none) -> {
            print.setDefaultButton(!none);
            save.setDefaultButton(none);
        });

        Label message = new Label();
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        VBox root = new VBox(12, new HBox(8, preview, setup, print, save, close), message);
        root.setPadding(new Insets(16));
        root.setPrefWidth(560);
        stage.setScene(new Scene(root));
        stage.show();
        model.checkPrinter();
    }

    private static void chooseFile(PrintViewModel model, Messages messages, Stage owner) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(model.suggestedFileName());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("print.fileFilter"), "*.pdf"));
        File file = chooser.showSaveDialog(owner);
        if (file != null) {
            model.saveAs(file.toPath());
        }
    }
}
