package cn.shiguai.roaddesk.cli;

import cn.shiguai.roaddesk.app.Office;
import cn.shiguai.roaddesk.common.db.DataAccessException;
import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.common.files.OutputFile;
import cn.shiguai.roaddesk.common.files.OutputRefusedException;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.common.i18n.RecordLanguage;
import cn.shiguai.roaddesk.common.text.Days;
import cn.shiguai.roaddesk.common.text.FreeText;
import cn.shiguai.roaddesk.common.text.Printable;
import cn.shiguai.roaddesk.dutylog.LogDraft;
import cn.shiguai.roaddesk.report.DocumentKind;
import cn.shiguai.roaddesk.report.issue.DocumentService;
import cn.shiguai.roaddesk.report.issue.Drafted;
import cn.shiguai.roaddesk.report.pdf.PdfPageImages;
import cn.shiguai.roaddesk.report.pdf.ReportRenderingException;
import cn.shiguai.roaddesk.report.store.IssueRefusedException;
import cn.shiguai.roaddesk.report.store.IssuedDocument;
import cn.shiguai.roaddesk.rules.RuleSetException;
import cn.shiguai.roaddesk.rules.RuleSetLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code report daily|warning|bulletin|superiors --date D --out FILE.pdf [--issue] [--by NAME]}:
 * a document drafted from the store with its automatic texts, for scheduled reports. Without
 * {@code --issue} the PDF is the draft (watermarked 草稿); with it the document is numbered,
 * stored and logged as from the window, and the PDF written is the one stored.
 */
@Command(name = "report", mixinStandardHelpOptions = true, description = {"Draft a document from the store and write it as PDF; --issue also issues it.",
        "Kinds: daily 道路交通情况日报, warning 预警通报, bulletin 出行提示, superiors 上报.", "",
        "The PDF is written under a temporary name and renamed into place; with --issue, a PDF that cannot be "
                + "written issues nothing.", "",
        "Exit status: 0 written; 2 invalid input (kind, date, folder, an output path that is a store file or "
                + "exists without --force) or refused (day not begun, unedited correction, broken log chain); "
                + "1 the store, the renderer or the file failed (e.g. no Chinese font)."})
final class ReportCommand implements Callable<Integer> {
    static final Map<String, DocumentKind> KINDS = Map.of("daily", DocumentKind.DAILY_REPORT,
            "warning", DocumentKind.WARNING_NOTICE, "bulletin", DocumentKind.PUBLIC_BULLETIN,
            "superiors", DocumentKind.SUPERIOR_REPORT);

    @ParentCommand
    private RoadDeskCommand root;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "KIND", description = "daily, warning, bulletin or superiors")
    private String kind;

    @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "the report day (today or earlier)")
    private String date;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf",
            description = "where to write the PDF (never one of the store's files)")
    private Path out;

    @Option(names = "--force", description = "replace the --out file if it exists")
    private boolean force;

    @Option(names = "--issue", description = "issue it: number, store and log it (the PDF written is the one stored)")
    private boolean issue;

    @Option(names = "--by", paramLabel = "NAME", description = "who compiles and issues it; default: the desk's officer")
    private String by;

    @Override
    public Integer call() {
        Messages messages = root.messages();
        PrintWriter err = spec.commandLine().getErr();
        DocumentKind chosen = KINDS.get(kind.toLowerCase(Locale.ROOT));
        String problem = chosen == null ? messages.format("report.cli.kind", Printable.escape(kind)) : inputProblem(messages);
        if (problem != null) {
            err.println(problem);
            return StoreAccess.EXIT_INVALID;
        }
        OutputFile output;
        try {
            // Checked before the store is touched, so a typo never issues a document whose file cannot be written.
            output = OutputFile.check(out, StoreAccess.directory(root).storeFiles(), force);
        } catch (OutputRefusedException e) {
            return StoreAccess.refused(e, messages, err);
        }
        // Opened for writing even for a draft: a database the commands created has no reference data
        // yet (roster, catalogue), and loading it is the only write a draft makes. Never compacted.
        try (Database db = StoreAccess.openForWriting(root);
             Office office = Office.onCallingThread(db, new RuleSetLoader().loadDefault(), Clock.systemUTC())) {
            DocumentService documents = office.documents();
            documents.onReplacedGlyphs(glyphs -> err.println(messages.format("glyphs.replaced", glyphs.font(),
                    glyphs.characters())));
            String who = by != null ? by.strip() : office.officer().name();
            return write(documents, documents.draft(chosen, LocalDate.parse(date), who), who, output, messages);
        } catch (DataAccessException e) {
            return StoreAccess.failed(e, messages, err);
        } catch (IssueRefusedException e) {
            err.println(messages.format(e.messageKey(), e.arguments()));
            return StoreAccess.EXIT_INVALID;
        } catch (RuleSetException e) {
            err.println(e.message(messages));
            return StoreAccess.EXIT_STORE_FAILED;
        } catch (ReportRenderingException e) {
            err.println(messages.format("report.cli.failed", e.getMessage()));
            return StoreAccess.EXIT_STORE_FAILED;
        } catch (IOException | UncheckedIOException e) {
            Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
            err.println(messages.format("report.cli.writeFailed", out, String.valueOf(cause.getMessage())));
            return StoreAccess.EXIT_STORE_FAILED;
        }
    }

    /** Checked before the store is touched, so a typo never issues a document whose file cannot be written. */
    private String inputProblem(Messages messages) {
        Optional<LocalDate> day = Days.parse(date);
        if (day.isEmpty()) {
            return messages.format("report.cli.day", Printable.escape(date));
        }
        if (!Days.inRange(day.get())) {
            return messages.format("cli.date.range", date, Days.FIRST.toString(), Days.LAST.toString());
        }
        if (by != null && by.isBlank()) {
            return messages.get("report.cli.by");
        }
        // The name goes into the document and the duty log: the same rule as any record's text.
        return by == null ? null : FreeText.check(by.strip(), LogDraft.MAX_AUTHOR).map(p -> "--by: " + p.message(messages))
                .orElse(null);
    }

    /**
     * A draft is written as a whole file or not at all. An issued document's PDF is written beside
     * the target inside the issuing transaction, so a file that cannot be written issues nothing;
     * once the document is committed, the file is renamed into place.
     */
    private int write(DocumentService documents, Drafted drafted, String who, OutputFile output, Messages messages)
            throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        if (!issue) {
            byte[] pdf = documents.render(drafted, drafted.draft().texts());
            output.write(pdf);
            // A draft left the desk as a file: logged as the window logs a save (issue 14, item 7).
            documents.recordSaved(RecordLanguage.messages().get(drafted.kind().labelKey()) + "（草稿，"
                    + RecordLanguage.date(LocalDate.parse(date)) + "）", out);
            stdout.println(messages.format("report.cli.drafted", out, messages.get(drafted.kind().labelKey()),
                    String.valueOf(PdfPageImages.pageCount(pdf))));
            return StoreAccess.EXIT_OK;
        }
        List<OutputFile.Staged> staged = new ArrayList<>(1);
        try {
            IssuedDocument issued = documents.issue(drafted, drafted.draft().texts(), who, pdf -> {
                try {
                    staged.add(output.stage(pdf));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            staged.get(0).commit();
            stdout.println(messages.format("report.cli.issued", issued.title(), issued.documentNumber().numberLine(),
                    issued.sha256(), out));
            return StoreAccess.EXIT_OK;
        } finally {
            for (OutputFile.Staged file : staged) {
                file.close();
            }
        }
    }
}
