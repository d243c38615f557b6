package cn.shiguai.roaddesk.cli;

import cn.shiguai.roaddesk.app.Office;
import cn.shiguai.roaddesk.common.db.DataAccessException;
import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.common.text.Printable;
import cn.shiguai.roaddesk.dutylog.DutyLog;
import cn.shiguai.roaddesk.inputs.FileImport;
import cn.shiguai.roaddesk.inputs.FileReport;
import cn.shiguai.roaddesk.inputs.StationImport;
import cn.shiguai.roaddesk.rules.RuleSetException;
import cn.shiguai.roaddesk.rules.RuleSetLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code import FILE...}: station readings files and warning signals (CAP 1.2 alerts, Atom feeds
 * of them) taken exactly as the inbox takes them — told apart by content, each whole or not at
 * all, each logged — with one report per file.
 */
@Command(name = "import", mixinStandardHelpOptions = true, description = {
        "Import station readings files (CSV, UTF-8 or GB18030) and warning signals (CAP 1.2 XML, or an Atom feed of "
                + "CAP alerts) into the store; each file is taken whole or refused.",
        "导入站点读数文件（CSV）或预警信号（CAP 1.2 XML、CAP 的 Atom 源）；每份文件要么整份导入，要么整份拒收并列出每一处问题。", "",
        "Exit status: 0 every file taken; 2 a file was refused or unreadable (the others are still imported); "
                + "1 the store failed."})
final class ImportCommand implements Callable<Integer> {
    @ParentCommand
    private RoadDeskCommand root;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "station readings files (CSV with a header row) or warning files (CAP 1.2, Atom)")
    private List<String> files;

    @Override
    public Integer call() {
        Messages messages = root.messages();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int status = StoreAccess.EXIT_OK;
        try (Database db = StoreAccess.openForWriting(root);
             Office office = Office.onCallingThread(db, new RuleSetLoader().loadDefault(), Clock.systemUTC())) {
            for (String file : files) {
                if (!importOne(office.fileImports(), file, messages, out)) {
                    status = StoreAccess.EXIT_INVALID;
                }
                out.flush();
            }
            return status;
        } catch (DataAccessException e) {
            return StoreAccess.failed(e, messages, err);
        } catch (RuleSetException e) {
            err.println(e.message(messages));
            return StoreAccess.EXIT_STORE_FAILED;
        }
    }

    /** Prints the file's report; false when it was refused or could not be read. */
    private static boolean importOne(FileImport imports, String file, Messages messages, PrintWriter out) {
        byte[] bytes;
        String name;
        try {
            Path path = Path.of(file);
            name = path.getFileName() == null ? file : path.getFileName().toString();
            bytes = Files.readAllBytes(path);
        } catch (InvalidPathException e) {
            out.println(CommandLineSafety.pathProblem(file, messages));
            return false;
        } catch (IOException e) {
            out.println(messages.format("import.report.unreadable", Printable.escape(file), String.valueOf(e.getMessage())));
            return false;
        }
        FileReport report = imports.importFile(name, bytes, StationImport.Channel.COMMAND_LINE, DutyLog.SYSTEM_AUTHOR);
        report.lines(messages).forEach(out::println);
        return !report.isRejected();
    }
}
