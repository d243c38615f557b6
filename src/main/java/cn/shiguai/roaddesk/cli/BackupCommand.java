package cn.shiguai.roaddesk.cli;

import cn.shiguai.roaddesk.backup.BackupCheck;
import cn.shiguai.roaddesk.backup.Backups;
import cn.shiguai.roaddesk.common.db.DataAccessException;
import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.common.files.OutputFile;
import cn.shiguai.roaddesk.common.files.OutputRefusedException;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.dutylog.DutyLog;
import cn.shiguai.roaddesk.dutylog.signed.Checkpoints;
import java.time.Clock;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code backup [FILE]}: a consistent online backup, then the copy is verified. */
@Command(mixinStandardHelpOptions = true, name = "backup", description = {"Back up the database (consistent while in use) and verify the copy.",
        "Default FILE: a timestamped zip in the data directory's backups/.", "",
        "The copy is written under a temporary name and kept only once it verified, with a manifest beside it.", "",
        "Exit status: 0 backed up and verified; 2 FILE refused (a store file, or exists without --force); "
                + "3 the copy's duty-log chain is broken (not kept); 1 the store failed."})
final class BackupCommand implements Callable<Integer> {
    @ParentCommand
    private RoadDeskCommand root;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "zip file to write (never one of the store's files)")
    private Path file;

    @Option(names = "--force", description = "replace FILE if it exists")
    private boolean force;

    @Override
    public Integer call() {
        Messages messages = root.messages();
        if (file != null) {
            // Checked before the store is opened, so a wrong path costs nothing and changes nothing.
            try {
                OutputFile.checkCreatingFolder(file, StoreAccess.directory(root).storeFiles(), force);
            } catch (OutputRefusedException e) {
                return StoreAccess.refused(e, messages, spec.commandLine().getErr());
            } catch (IOException e) {
                spec.commandLine().getErr().println(messages.format("store.error.directory", file, e.getMessage()));
                return StoreAccess.EXIT_STORE_FAILED;
            }
        }
        try (Database db = StoreAccess.openForWriting(root)) {
            DutyLog log = new DutyLog(db);
            // Nobody signs in to a command, so no key signs this copy; the checkpoints known go into it all the same.
            Checkpoints checkpoints = Checkpoints.of(db, log, StoreAccess.directory(root), Clock.systemUTC());
            BackupCheck check = new Backups(db, log, checkpoints).backup(file, force);
            if (check.verified()) {
                spec.commandLine().getErr().println(messages.get("checkpoint.notWritten"));
            }
            return printed(check, "backup.done", messages);
        } catch (DataAccessException e) {
            return StoreAccess.failed(e, messages, spec.commandLine().getErr());
        } catch (OutputRefusedException e) {
            return StoreAccess.refused(e, messages, spec.commandLine().getErr());
        }
    }

    int printed(BackupCheck check, String key, Messages messages) {
        if (!check.verified()) {
            spec.commandLine().getOut().println(messages.format("backup.failed", check.file().toString(),
                    LogVerifyCommand.sentence(check.chain(), messages)));
            return StoreAccess.EXIT_CHAIN_BROKEN;
        }
        spec.commandLine().getOut().println(messages.format(key, check.file().toString(),
                String.valueOf(check.chain().count()), check.chain().headHash()));
        return StoreAccess.EXIT_OK;
    }
}
