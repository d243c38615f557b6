package cn.shiguai.roaddesk.response.ui;

import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.response.Capacity;
import cn.shiguai.roaddesk.response.Decision;
import cn.shiguai.roaddesk.response.DecisionAuthority;
import cn.shiguai.roaddesk.response.DecisionCorrection;
import cn.shiguai.roaddesk.response.DecisionKind;
import cn.shiguai.roaddesk.response.DecisionRecord;
import cn.shiguai.roaddesk.response.DecisionRequest;
import cn.shiguai.roaddesk.response.Verdict;
import cn.shiguai.roaddesk.rules.ResponseLevel;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * 更正决定: a decision recorded by mistake put right, either as the decision that should have
 * been recorded (from the level the mistake started from) or as none at all (撤销), in the name
 * of someone with the authority of §六, with the reason. Checked as the officer types; nothing
 * is recorded here.
 */
public final class DecisionCorrectionViewModel {
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final DecisionAuthority authority;
    private final DecisionRecord mistake;
    private final Messages messages;
    private final ZoneId zone;
    private final BooleanProperty voiding = new SimpleBooleanProperty();
    private final ObservableList<DecisionKind> kinds = FXCollections.observableArrayList();
    private final ObservableList<ResponseLevel> levels = FXCollections.observableArrayList();
    private final ObservableList<DecisionAuthority.Candidate> candidates = FXCollections.observableArrayList();
    private final ObjectProperty<DecisionKind> kind = new SimpleObjectProperty<>();
    private final ObjectProperty<ResponseLevel> level = new SimpleObjectProperty<>();
    private final ObjectProperty<DecisionAuthority.Candidate> decider = new SimpleObjectProperty<>();
    private final StringProperty orderedBy = new SimpleStringProperty("");
    private final StringProperty decisionReason = new SimpleStringProperty("");
    private final StringProperty correctionReason = new SimpleStringProperty("");
    private final StringProperty decidedAt = new SimpleStringProperty("");
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper();

    public DecisionCorrectionViewModel(DecisionAuthority authority, DecisionRecord mistake, Messages messages,
                                       ZoneId zone) {
        this.authority = authority;
        this.mistake = mistake;
        this.messages = messages;
        this.zone = zone;
        kinds.setAll(mistake.previousLevel().isResponse()
                ? List.of(DecisionKind.RAISE, DecisionKind.LOWER, DecisionKind.END) : List.of(DecisionKind.START));
        kind.addListener((o, a, k) -> {
            levels.setAll(levelsFor(k));
            if (!levels.contains(level.get())) {
                level.set(null);
            }
            check();
        });
        decidedAt.set(TIME.format(mistake.decidedAt().atZone(zone)));
        kind.set(kinds.contains(mistake.kind()) ? mistake.kind() : kinds.get(0));
        for (var p : List.of(voiding, level, decider, orderedBy, decisionReason, correctionReason, decidedAt)) {
            p.addListener((o, a, b) -> check());
        }
        check();
    }

    public DecisionRecord mistake() { return mistake; }
    /** 撤销: the decision should not have been taken; the level before it comes back. */
    public BooleanProperty voiding() { return voiding; }
    public ObservableList<DecisionKind> kinds() { return kinds; }
    public ObservableList<ResponseLevel> levels() { return levels; }
    public ObservableList<DecisionAuthority.Candidate> candidates() { return candidates; }
    public ObjectProperty<DecisionKind> kind() { return kind; }
    public ObjectProperty<ResponseLevel> level() { return level; }
    public ObjectProperty<DecisionAuthority.Candidate> decider() { return decider; }
    public StringProperty orderedBy() { return orderedBy; }
    /** The correct record's own reason, where §六 asks one (a decision against the recommendation). */
    public StringProperty decisionReason() { return decisionReason; }
    public StringProperty correctionReason() { return correctionReason; }
    public StringProperty decidedAt() { return decidedAt; }
    public ObservableList<String> problems() { return problems; }
    public ReadOnlyBooleanProperty valid() { return valid.getReadOnlyProperty(); }

    /** The correction as entered, for the service to check again and record. */
    public DecisionCorrection correction() {
        DecisionAuthority.Candidate who = decider.get();
        String person = who == null ? null : who.person();
        Capacity capacity = who == null ? null : who.capacity();
        LocalDateTime when = time().orElse(LocalDateTime.ofInstant(mistake.decidedAt(), zone));
        String order = blankToNull(orderedBy.get());
        if (voiding.get()) {
            return new DecisionCorrection(mistake.id(), null, person, capacity, order, blankToNull(correctionReason.get()),
                    when.toLocalDate());
        }
        return new DecisionCorrection(mistake.id(), new DecisionRequest(decision(), mistake.recommended(),
                when.toLocalDate(), person, capacity, order, blankToNull(decisionReason.get())), person, capacity, order,
                blankToNull(correctionReason.get()), when.toLocalDate());
    }

    public Optional<Instant> decidedAtInstant() {
        return time().map(t -> t.atZone(zone).toInstant());
    }

    private Decision decision() {
        if (voiding.get()) {
            return new Decision(mistake.kind(), mistake.previousLevel(), mistake.level());
        }
        DecisionKind k = kind.get() == null ? DecisionKind.START : kind.get();
        ResponseLevel l = k == DecisionKind.END || level.get() == null ? ResponseLevel.NONE : level.get();
        return new Decision(k, mistake.previousLevel(), l);
    }

    private List<ResponseLevel> levelsFor(DecisionKind k) {
        ResponseLevel from = mistake.previousLevel();
        return k == null || k == DecisionKind.END ? List.of() : Arrays.stream(ResponseLevel.mostSevereFirst())
                .filter(l -> k == DecisionKind.START || (k == DecisionKind.RAISE ? l.isMoreSevereThan(from)
                        : from.isMoreSevereThan(l) && l.isResponse())).toList();
    }

    private void check() {
        Optional<LocalDateTime> when = time();
        DecisionAuthority.Candidate chosen = decider.get();
        candidates.setAll(when.map(t -> authority.candidates(decision(), t.toLocalDate())).orElse(List.of()));
        if (chosen != null && !candidates.contains(chosen)) {
            decider.set(null);
        }
        if (when.isEmpty()) {
            problems.setAll(messages.get("decision.dialog.badTime"));
            valid.set(false);
            return;
        }
        DecisionCorrection c = correction();
        DecisionRequest checked = c.voids() ? new DecisionRequest(decision(), mistake.recommended(), c.day(),
                c.decidedBy(), c.capacity(), c.orderedBy(), c.reason()) : c.instead();
        Verdict verdict = authority.check(checked);
        List<String> found = new java.util.ArrayList<>();
        if (verdict instanceof Verdict.Refused refused) {
            refused.refusals().forEach(r -> found.add(r.message(messages)));
        }
        if (c.reason() == null) {
            found.add(messages.get("decision.refused.CORRECTION_REASON_MISSING"));
        }
        problems.setAll(found);
        valid.set(found.isEmpty());
    }

    private Optional<LocalDateTime> time() {
        try {
            return Optional.of(LocalDateTime.parse(decidedAt.get().strip(), TIME));
        } catch (DateTimeParseException | NullPointerException e) {
            return Optional.empty();
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
