package cn.shiguai.roaddesk.cli;

import cn.shiguai.roaddesk.backup.MoveToServer;
import cn.shiguai.roaddesk.common.db.DataAccessException;
import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.common.db.FailureReason;
import cn.shiguai.roaddesk.common.db.StoreChoice;
import cn.shiguai.roaddesk.common.i18n.Messages;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code migrate-to JDBC_URL}: the data directory's embedded store copied to an empty PostgreSQL database. */
@Command(mixinStandardHelpOptions = true, name = "migrate-to", description = {
        "Copy the data directory's embedded database into an empty PostgreSQL database, for several seats.",
        "The roles come from ROADDESK_DB_USER/ROADDESK_DB_PASSWORD and ROADDESK_DB_OWNER_USER/"
                + "ROADDESK_DB_OWNER_PASSWORD (or roaddesk.properties); the owner's are needed.", "",
        "The copy is kept only if its duty-log chain verifies there with the same count and head hash, "
                + "and every linked record still matches; the embedded file is not changed.", "",
        "Exit status: 0 copied and verified; 3 the copy did not verify (nothing kept); 1 refused or failed."})
final class MigrateToCommand implements Callable<Integer> {
    @ParentCommand
    private RoadDeskCommand root;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "JDBC_URL", description = "jdbc:postgresql://host:5432/roaddesk, an empty database")
    private String url;

    @Override
    public Integer call() {
        Messages messages = root.messages();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            if (root.dbOption() != null) {
                // The source is always the data directory's file; a --db as well would be two targets.
                throw new DataAccessException(FailureReason.OTHER, "store.error.move.dbOption", null, url);
            }
            StoreChoice target = StoreChoice.resolve(url, StoreAccess.directory(root));
            if (!(target instanceof StoreChoice.Server server)) {
                throw new DataAccessException(FailureReason.OTHER, "store.error.server.url", null, url);
            }
            try (Database file = Database.open(StoreAccess.directory(root), Clock.systemUTC(), Database.Mode.READ)) {
                MoveToServer.Moved moved = MoveToServer.move(file, server, Clock.systemUTC());
                if (!moved.kept()) {
                    out.println(messages.format("move.failed", server.where(), LogVerifyCommand.sentence(moved.here(),
                            messages), moved.there() == null ? "—" : LogVerifyCommand.sentence(moved.there(), messages),
                            messages.get(moved.recordsIntact() ? "move.records.intact" : "move.records.broken")));
                    return StoreAccess.EXIT_CHAIN_BROKEN;
                }
                out.println(messages.format("move.done", StoreAccess.directory(root).toString(), server.where(),
                        String.valueOf(moved.copy().total()), String.valueOf(moved.there().count()),
                        moved.there().headHash()));
                return StoreAccess.EXIT_OK;
            }
        } catch (DataAccessException e) {
            return StoreAccess.failed(e, messages, err);
        }
    }
}
