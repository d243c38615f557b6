package cn.shiguai.roaddesk.response.ui;

import cn.shiguai.roaddesk.common.fx.FollowingTime;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.situation.ActiveResponse;
import cn.shiguai.roaddesk.response.Capacity;
import cn.shiguai.roaddesk.response.Decision;
import cn.shiguai.roaddesk.response.DecisionAuthority;
import cn.shiguai.roaddesk.response.DecisionKind;
import cn.shiguai.roaddesk.response.DecisionRequest;
import cn.shiguai.roaddesk.response.ReasonNeed;
import cn.shiguai.roaddesk.response.Verdict;
import cn.shiguai.roaddesk.rules.Evaluation;
import cn.shiguai.roaddesk.rules.ResponseLevel;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The decision dialog (domain §4): start, raise, lower or end; the level; who decides, in which
 * capacity, checked against §六 and the roster of the day as the officer types; and a reason
 * whenever the decision departs from the recommendation or is discretionary. Every problem is
 * listed at once; the dialog can be confirmed only when there is none.
 */
public final class DecisionDialogViewModel {
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final DecisionAuthority authority;
    private final Evaluation recommendation;
    private final ResponseLevel active;
    private final Messages messages;
    private final ZoneId zone;

    private final ObservableList<DecisionKind> kinds = FXCollections.observableArrayList();
    private final ObservableList<ResponseLevel> levels = FXCollections.observableArrayList();
    private final ObservableList<DecisionAuthority.Candidate> candidates = FXCollections.observableArrayList();
    private final ObjectProperty<DecisionKind> kind = new SimpleObjectProperty<>();
    private final ObjectProperty<ResponseLevel> level = new SimpleObjectProperty<>();
    private final ObjectProperty<DecisionAuthority.Candidate> decider = new SimpleObjectProperty<>();
    private final StringProperty orderedBy = new SimpleStringProperty("");
    private final ObjectProperty<cn.shiguai.roaddesk.response.OrderChannel> orderVia = new SimpleObjectProperty<>();
    private final javafx.beans.property.BooleanProperty channelNeeded = new javafx.beans.property.SimpleBooleanProperty();
    private cn.shiguai.roaddesk.access.Actor recorder;
    private final StringProperty reason = new SimpleStringProperty("");
    private final FollowingTime decidedAt;
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper("");
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper reasonNeed = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper basis = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper orderNeeded = new ReadOnlyBooleanWrapper();

    public DecisionDialogViewModel(DecisionAuthority authority, Evaluation recommendation,
                                   Optional<ActiveResponse> active, Messages messages, Clock clock, ZoneId zone) {
        this.authority = authority;
        this.recommendation = recommendation;
        this.active = active.map(ActiveResponse::level).orElse(ResponseLevel.NONE);
        this.messages = messages;
        this.zone = zone;
        this.decidedAt = new FollowingTime(clock, zone, messages, "decision.dialog.decidedAt");
        kinds.setAll(this.active.isResponse()
                ? List.of(DecisionKind.RAISE, DecisionKind.LOWER, DecisionKind.END) : List.of(DecisionKind.START));
        kind.addListener((o, a, b) -> {
            levels.setAll(levelsFor(b));
            if (!levels.contains(level.get())) {
                level.set(null);
            }
            refresh();
        });
        level.addListener((o, a, b) -> refresh());
        decider.addListener((o, a, b) -> check());
        orderedBy.addListener((o, a, b) -> check());
        orderVia.addListener((o, a, b) -> check());
        reason.addListener((o, a, b) -> check());
        decidedAt.text().addListener((o, a, b) -> refresh());
        proposeFromRecommendation();
        refresh();
    }

    // ---- Properties

    public ObservableList<DecisionKind> kinds() { return kinds; }
    public ObservableList<ResponseLevel> levels() { return levels; }
    /** The people who may take this decision on that day, in the capacity they would use. */
    public ObservableList<DecisionAuthority.Candidate> candidates() { return candidates; }
    public ObjectProperty<DecisionKind> kind() { return kind; }
    public ObjectProperty<ResponseLevel> level() { return level; }
    public ObjectProperty<DecisionAuthority.Candidate> decider() { return decider; }
    /** For a duty officer: the director who gave the order. */
    public StringProperty orderedBy() { return orderedBy; }
    /** Who records the decision at this seat; when it is someone else's decision, how it came is asked. */
    public DecisionDialogViewModel recordedBy(cn.shiguai.roaddesk.access.Actor who) {
        this.recorder = who;
        check();
        return this;
    }

    /** Whether the dialog asks how the order or decision came to the desk. */
    public javafx.beans.property.ReadOnlyBooleanProperty channelNeeded() { return channelNeeded; }

    /** For a duty officer: how the order was received (电话、当面…). */
    public ObjectProperty<cn.shiguai.roaddesk.response.OrderChannel> orderVia() { return orderVia; }
    public StringProperty reason() { return reason; }
    public StringProperty decidedAt() { return decidedAt.text(); }
    /** When it was decided: now until typed. */
    public FollowingTime decidedTime() { return decidedAt; }
    /** What needs one more confirmation (a time far from now); empty otherwise. */
    public ReadOnlyStringProperty warning() { return warning.getReadOnlyProperty(); }

    /** The clock moved: an untouched decision time moves with it. */
    public void tick() {
        decidedAt.tick();
    }

    /** Whether the decision may be recorded now; a far time is named the first time and taken the next. */
    public boolean confirmTime() {
        FollowingTime.Check check = decidedAt.attemptSave();
        warning.set(check.message());
        return check.gate() == FollowingTime.Gate.SAVE;
    }
    /** Whether anything was chosen or typed that closing would throw away. */
    public boolean typed() {
        return decider.get() != null || !reason.get().isBlank() || !orderedBy.get().isBlank()
                || decidedAt.edited().get();
    }
    /** Everything that stands in the way, in words; empty when the decision may be recorded. */
    public ObservableList<String> problems() { return problems; }
    /** Why a reason is required, or empty when it is not. */
    public ReadOnlyStringProperty reasonNeed() { return reasonNeed.getReadOnlyProperty(); }
    /** The plan sentence the record will cite for the decider's authority. */
    public ReadOnlyStringProperty basis() { return basis.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty valid() { return valid.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty orderNeeded() { return orderNeeded.getReadOnlyProperty(); }
    public Evaluation recommendation() { return recommendation; }
    public ResponseLevel activeLevel() { return active; }

    /** The decision as entered, for the service to check again and record. */
    public DecisionRequest request() {
        DecisionAuthority.Candidate who = decider.get();
        LocalDateTime when = parseTime().orElse(LocalDateTime.now());
        DecisionRequest asked = new DecisionRequest(decision(), recommendation.level(), when.toLocalDate(),
                who == null ? null : who.person(), who == null ? null : who.capacity(),
                blankToNull(orderedBy.get()), blankToNull(reason.get()), orderVia.get());
        // How it came is kept only where it is asked: one's own decision was not received.
        return cn.shiguai.roaddesk.response.OrderChannel.needed(asked, recorder) ? asked
                : new DecisionRequest(asked.decision(), asked.recommended(), asked.day(), asked.decidedBy(),
                        asked.capacity(), asked.orderedBy(), asked.reason());
    }

    public Optional<java.time.Instant> decidedAtInstant() {
        return parseTime().map(t -> t.atZone(zone).toInstant());
    }

    // ---- Rules

    private void proposeFromRecommendation() {
        ResponseLevel rec = recommendation.level();
        if (!active.isResponse()) {
            kind.set(DecisionKind.START);
            level.set(rec.isResponse() ? rec : null);
        } else if (!rec.isResponse()) {
            kind.set(DecisionKind.END);
        } else if (rec.isMoreSevereThan(active)) {
            kind.set(DecisionKind.RAISE);
            level.set(rec);
        } else if (active.isMoreSevereThan(rec)) {
            kind.set(DecisionKind.LOWER);
            level.set(rec);
        } else {
            kind.set(DecisionKind.RAISE);
        }
    }

    private List<ResponseLevel> levelsFor(DecisionKind k) {
        if (k == null || k == DecisionKind.END) {
            return List.of();
        }
        return Arrays.stream(ResponseLevel.mostSevereFirst()).filter(l -> switch (k) {
            case START -> true;
            case RAISE -> l.isMoreSevereThan(active);
            case LOWER -> active.isMoreSevereThan(l);
            case END, VOID -> false;
        }).toList();
    }

    private Decision decision() {
        DecisionKind k = kind.get() == null ? DecisionKind.START : kind.get();
        ResponseLevel l = k == DecisionKind.END ? ResponseLevel.NONE : level.get() == null ? ResponseLevel.NONE : level.get();
        return new Decision(k, active, l);
    }

    /** The kind, level or day changed: who may decide changes too. */
    private void refresh() {
        DecisionAuthority.Candidate chosen = decider.get();
        LocalDateTime when = parseTime().orElse(null);
        // Everyone who holds a capacity that day is offered, those who may take this decision
        // first: choosing someone who may not is refused in words (§六), not silently hidden.
        List<DecisionAuthority.Candidate> everyone = when == null ? List.of()
                : authority.candidates(Decision.start(ResponseLevel.IV), when.toLocalDate());
        List<DecisionAuthority.Candidate> allowed = when == null ? List.of()
                : authority.candidates(decision(), when.toLocalDate());
        candidates.setAll(java.util.stream.Stream.concat(allowed.stream(),
                everyone.stream().filter(c -> !allowed.contains(c))).toList());
        if (chosen != null && !candidates.contains(chosen)) {
            decider.set(null);
        }
        check();
    }

    private void check() {
        DecisionAuthority.Candidate who = decider.get();
        orderNeeded.set(who != null && who.capacity() == Capacity.DUTY_OFFICER);
        Optional<ReasonNeed> need = ReasonNeed.of(decision(), recommendation.level());
        reasonNeed.set(need.map(n -> messages.get(n.labelKey())).orElse(""));
        if (!decidedAt.problem().isEmpty()) {
            problems.setAll(decidedAt.problem());
            valid.set(false);
            basis.set("");
            return;
        }
        Verdict verdict = authority.check(request());
        channelNeeded.set(cn.shiguai.roaddesk.response.OrderChannel.needed(request(), recorder));
        Optional<cn.shiguai.roaddesk.response.Refusal> channel = cn.shiguai.roaddesk.response.OrderChannel.missingFrom(
                request(), recorder);
        if (verdict instanceof Verdict.Refused refused) {
            problems.setAll(refused.refusals().stream().map(r -> r.message(messages)).toList());
            channel.ifPresent(r -> problems.add(r.message(messages)));
            basis.set("");
        } else {
            problems.setAll(channel.map(r -> List.of(r.message(messages))).orElse(List.of()));
            basis.set(messages.get(((Verdict.Allowed) verdict).basis().labelKey()));
        }
        valid.set(verdict.isAllowed() && channel.isEmpty());
    }

    /** "张占良（组长）": a decider as the list and the summary name them. */
    public String candidateName(DecisionAuthority.Candidate c) {
        return c.person() + "（" + messages.get(c.capacity().labelKey()) + "）";
    }

    /**
     * The decision in one sentence, asked before it is recorded: who, what, when, on what
     * evidence and why — "以张占良（领导小组组长）名义启动二级响应……". A level decision is
     * the one act of the desk that moves a district's services; one click must not make it.
     */
    public String summary(java.util.function.Function<ResponseLevel, String> levelName, String evidence) {
        DecisionAuthority.Candidate who = decider.get();
        Decision d = decision();
        String act = switch (d.kind()) {
            case END -> messages.format("decision.confirm.END", levelName.apply(active));
            default -> messages.format("decision.confirm." + d.kind().name(), levelName.apply(d.newLevel()));
        };
        String by = who == null ? "" : candidateName(who);
        String order = !orderNeeded.get() || orderedBy.get().isBlank() ? ""
                : orderVia.get() == null ? messages.format("decision.confirm.ordered", orderedBy.get().strip())
                : messages.format("decision.confirm.orderedVia", orderedBy.get().strip(),
                        messages.get(orderVia.get().textKey()));
        if (order.isEmpty() && channelNeeded.get() && orderVia.get() != null) {
            order = messages.format("decision.confirm.via", messages.get(orderVia.get().textKey()));
        }
        String why = reason.get().isBlank() ? "" : messages.format("decision.confirm.reason", reason.get().strip());
        return messages.format("decision.confirm.summary", by, act, decidedAt.text().get(), order, evidence, why);
    }

    private Optional<LocalDateTime> parseTime() {
        return decidedAt.value();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
