package cn.shiguai.roaddesk.backup;

import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.common.db.StoreChoice;
import cn.shiguai.roaddesk.common.db.StoreCopy;
import cn.shiguai.roaddesk.dutylog.ChainReport;
import cn.shiguai.roaddesk.dutylog.ChainVerifier;
import cn.shiguai.roaddesk.dutylog.RecordCheck;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Moves an office from its embedded file to a PostgreSQL server (issue 15, item 8): the file's
 * rows are copied into an empty database ({@link StoreCopy}) and kept only if, inside the copy's
 * transaction, the chain there verifies with the same count and head hash as the file's (one
 * snapshot of it) and every record the log vouches for still hashes as it recorded: the
 * records' canonical texts must come out the same on the other engine. The file is not changed,
 * and the move writes no log entry of its own, so that the two heads can be compared.
 */
public final class MoveToServer {

    /**
     * @param here  the file's chain, verified on the snapshot that was copied
     * @param there the copy's chain on the server, before its commit; null if not reached
     * @param recordsIntact whether every linked record on the server matched its recorded hash
     */
    public record Moved(ChainReport here, ChainReport there, boolean recordsIntact, StoreCopy.Result copy) {
        public boolean kept() {
            return copy.kept();
        }
    }

    private MoveToServer() {
    }

    public static Moved move(Database file, StoreChoice.Server server, Clock clock) {
        AtomicReference<ChainReport> here = new AtomicReference<>();
        AtomicReference<ChainReport> there = new AtomicReference<>();
        boolean[] records = {false};
        StoreCopy.Result copy = StoreCopy.copy(file, server, clock, (snapshot, copied) -> {
            here.set(ChainVerifier.verify(snapshot));
            if (!here.get().intact()) {
                return false;
            }
            there.set(ChainVerifier.verify(copied));
            records[0] = RecordCheck.run(copied).intact();
            return there.get().intact() && records[0] && there.get().count() == here.get().count()
                    && there.get().headHash().equals(here.get().headHash());
        });
        return new Moved(here.get(), there.get(), records[0], copy);
    }
}
