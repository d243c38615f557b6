package cn.shiguai.roaddesk.report.ui;

import cn.shiguai.roaddesk.report.issue.DocumentService;
import cn.shiguai.roaddesk.report.print.PrintViewModel;
import java.nio.file.Path;

/** The print dialog's prints and saves, logged by the documents' service (issue 14, item 7). */
final class RecordedOutputs implements PrintViewModel.Recorder {
    private final DocumentService documents;

    RecordedOutputs(DocumentService documents) {
        this.documents = documents;
    }

    @Override
    public void printed(String document, String printer, int pages) {
        documents.recordPrinted(document, printer, pages);
    }

    @Override
    public void saved(String document, Path file) {
        documents.recordSaved(document, file);
    }
}
