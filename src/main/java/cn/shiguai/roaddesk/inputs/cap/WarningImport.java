package cn.shiguai.roaddesk.inputs.cap;

import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.common.events.Change;
import cn.shiguai.roaddesk.common.events.ChangeBus;
import cn.shiguai.roaddesk.common.i18n.Localized;
import cn.shiguai.roaddesk.common.i18n.RecordLanguage;
import cn.shiguai.roaddesk.common.text.Printable;
import cn.shiguai.roaddesk.dutylog.DutyLog;
import cn.shiguai.roaddesk.dutylog.LogCategory;
import cn.shiguai.roaddesk.dutylog.LogDraft;
import cn.shiguai.roaddesk.inputs.FileImport;
import cn.shiguai.roaddesk.inputs.RefusalEntry;
import cn.shiguai.roaddesk.inputs.StationImport;
import cn.shiguai.roaddesk.warnings.MessageType;
import cn.shiguai.roaddesk.warnings.WarningInForce;
import cn.shiguai.roaddesk.warnings.WarningSignal;
import cn.shiguai.roaddesk.warnings.store.WarningRepository;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLResolver;

/**
 * Takes a warning file (CAP 1.2 alert or Atom feed of them) whole or not at all, in one
 * transaction: each new signal is kept and logged in words; an Update replaces and a Cancel
 * withdraws the signals it references; a signal already kept (same sender and identifier) is
 * skipped. A signal is a forecast: nothing here touches readings or the computed level.
 */
public final class WarningImport implements FileImport {

    private final Database database;
    private final DutyLog log;
    private final WarningRepository warnings;
    private final ChangeBus changes;
    private final CapFile files;

    public WarningImport(Database database, DutyLog log, WarningRepository warnings, ChangeBus changes) {
        this(database, log, warnings, changes, new SafeXml());
    }

    /** With the resolver the XML reader would ask for anything outside the file: a test proves it is never asked. */
    public WarningImport(Database database, DutyLog log, WarningRepository warnings, ChangeBus changes,
                         XMLResolver resolver) {
        this(database, log, warnings, changes, new SafeXml(resolver));
    }

    private WarningImport(Database database, DutyLog log, WarningRepository warnings, ChangeBus changes, SafeXml xml) {
        this.database = database;
        this.log = log;
        this.warnings = warnings;
        this.changes = changes;
        this.files = new CapFile(xml, new CapAlertReader());
    }

    @Override
    public WarningReport importFile(String file, byte[] bytes, StationImport.Channel channel, String by) {
        CapFile.Read read = files.read(bytes);
        if (!read.bad().isEmpty()) {
            return refuse(WarningReport.rejected(file, read.bad()), channel, by);
        }
        WarningReport report = database.write(txn -> apply(txn, read.alerts(), file, channel, by));
        changes.publish(Change.WARNINGS);
        changes.publish(Change.LOG);
        return report;
    }

    private WarningReport apply(Connection txn, List<CapCandidate> alerts, String file, StationImport.Channel channel,
                                String by) throws SQLException {
        Instant now = database.now();
        int taken = 0;
        int updates = 0;
        int cancels = 0;
        int duplicates = 0;
        List<Localized> notes = new ArrayList<>();
        for (CapCandidate candidate : alerts) {
            if (candidate instanceof CapCandidate.Skipped s) {
                String identifier = Printable.escape(s.identifier());
                notes.add(m -> m.format("cap.note.skipped", identifier, s.why().message(m)));
                continue;
            }
            WarningSignal signal = ((CapCandidate.Signal) candidate).signal();
            if (warnings.find(txn, signal.sender(), signal.identifier()).isPresent()) {
                duplicates++;
                String identifier = Printable.escape(signal.identifier());
                notes.add(m -> m.format("cap.note.duplicate", identifier));
                continue;
            }
            List<WarningInForce> referenced = new ArrayList<>();
            for (WarningSignal.Reference ref : signal.references()) {
                Optional<WarningInForce> earlier = warnings.find(txn, ref.sender(), ref.identifier());
                if (earlier.isPresent() && earlier.get().kind() != null && !warnings.isWithdrawn(txn, earlier.get().id())) {
                    referenced.add(earlier.get());
                }
            }
            long seq = log.append(txn, LogDraft.of(by, LogCategory.WARNING, WarningWords.received(signal, referenced, now)));
            long id = warnings.insert(txn, signal, file, now, seq);
            if (signal.type() != MessageType.ALERT) {
                for (WarningInForce earlier : referenced) {
                    warnings.withdraw(txn, earlier.id(), id);
                }
            }
            taken++;
            updates += signal.type() == MessageType.UPDATE ? 1 : 0;
            cancels += signal.type() == MessageType.CANCEL ? 1 : 0;
        }
        int unrelated = alerts.size() - taken - duplicates;
        log.append(txn, LogDraft.of(by, LogCategory.WARNING, RecordLanguage.text("cap.log.file",
                RecordLanguage.text(channel.textKey()), Printable.escape(file), taken, duplicates, unrelated)));
        return new WarningReport(file, taken, updates, cancels, duplicates, unrelated, notes, List.of());
    }

    private WarningReport refuse(WarningReport report, StationImport.Channel channel, String by) {
        LogDraft entry = RefusalEntry.of(by, LogCategory.WARNING, "cap.log.rejected", channel, report);
        database.write(txn -> log.append(txn, entry));
        changes.publish(Change.LOG);
        return report;
    }
}
