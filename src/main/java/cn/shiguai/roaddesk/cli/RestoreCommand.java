package cn.shiguai.roaddesk.cli;

import cn.shiguai.roaddesk.backup.BackupCheck;
import cn.shiguai.roaddesk.backup.RestoreBackup;
import cn.shiguai.roaddesk.common.db.DataAccessException;
import cn.shiguai.roaddesk.common.db.DataDirectory;
import cn.shiguai.roaddesk.common.db.FailureReason;
import cn.shiguai.roaddesk.common.db.StoreChoice;
import cn.shiguai.roaddesk.common.i18n.Messages;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code restore FILE}: into a data directory without a database, then verified. */
@Command(mixinStandardHelpOptions = true, name = "restore", description = {"Restore a backup into an empty (or moved-aside) data directory, then verify it.",
        "A data directory that holds a database is never overwritten.", "",
        "The copy is extracted beside the target and verified there; only a verified copy is moved in.", "",
        "Exit status: 0 restored and verified; 3 the copy's duty-log chain is broken (nothing restored); "
                + "1 refused or failed."})
final class RestoreCommand implements Callable<Integer> {
    @ParentCommand
    private RoadDeskCommand root;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "backup zip file")
    private Path file;

    @Override
    public Integer call() {
        Messages messages = root.messages();
        DataDirectory target = StoreAccess.directory(root);
        try {
            if (StoreAccess.store(root) instanceof StoreChoice.Server server) {
                // The copy would become an embedded file that this seat, pointed at the server, never reads.
                throw new DataAccessException(FailureReason.OTHER, "store.error.server.restore", null, server.where());
            }
            BackupCheck check = RestoreBackup.restore(file, target);
            if (!check.verified()) {
                spec.commandLine().getOut().println(messages.format("backup.restore.failed", file.toString(),
                        target.toString(), LogVerifyCommand.sentence(check.chain(), messages)));
                return StoreAccess.EXIT_CHAIN_BROKEN;
            }
            spec.commandLine().getOut().println(messages.format("backup.restore.done", file.toString(),
                    target.toString(), String.valueOf(check.chain().count()), check.chain().headHash()));
            return StoreAccess.EXIT_OK;
        } catch (DataAccessException e) {
            return StoreAccess.failed(e, messages, spec.commandLine().getErr());
        }
    }
}
