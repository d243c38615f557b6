package cn.shiguai.roaddesk.situation;

import cn.shiguai.roaddesk.common.events.Change;
import cn.shiguai.roaddesk.common.events.ChangeBus;
import cn.shiguai.roaddesk.rules.Evaluation;
import cn.shiguai.roaddesk.rules.EvaluationInput;
import cn.shiguai.roaddesk.rules.RuleSet;
import cn.shiguai.roaddesk.rules.RulesEngine;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The one owner of the day's situation. It evaluates the day once per change that matters — a
 * reading, a traffic report or a daily mean, a decision, a handover, the roster, the rule set —
 * and when the district's calendar day rolls over, and publishes one immutable
 * {@link Situation} that every screen, the header, the decision dialog and the documents read.
 * No other class of the desk calls the rules engine: the documents of a past day and the
 * decision being recorded ask {@link #evaluationOf} here.
 *
 * <p>Changes arriving while a situation is being computed are coalesced into one more run;
 * listeners are called on the service's worker and hand their work to the FX thread themselves.
 */
public final class SituationService {
    /** What bears on the situation; other changes (a log entry, a measure's status) leave it as it is. */
    static final Set<Change> RELEVANT = EnumSet.of(Change.READINGS, Change.DECISIONS, Change.SETTINGS, Change.ROSTER,
            Change.RULES);

    /** The stored readings, traffic reports and entered daily mean that bear on a day. */
    @FunctionalInterface
    public interface DayInputs {
        EvaluationInput forDay(LocalDate day);
    }

    /** Told of every situation published, and of a failure to compute one. */
    public interface Listener {
        void published(Situation situation);

        void failed(Throwable failure);
    }

    private final Supplier<RuleSet> rules;
    private final DayInputs inputs;
    private final Supplier<Optional<ActiveResponse>> inForce;
    private final Supplier<String> officer;
    private final Clock clock;
    private final Executor worker;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final AtomicReference<Situation> latest = new AtomicReference<>();
    private final AtomicLong versions = new AtomicLong();
    private final AtomicBoolean queued = new AtomicBoolean();

    /**
     * @param rules   the rule set in force, read at every computation
     * @param inForce the response in force, read from the store
     * @param officer the duty officer at the desk
     * @param worker  where recomputations run: one thread of their own in the app, the caller's in tests
     */
    public SituationService(Supplier<RuleSet> rules, DayInputs inputs, Supplier<Optional<ActiveResponse>> inForce,
                            Supplier<String> officer, Clock clock, Executor worker) {
        this.rules = Objects.requireNonNull(rules);
        this.inputs = Objects.requireNonNull(inputs);
        this.inForce = Objects.requireNonNull(inForce);
        this.officer = Objects.requireNonNull(officer);
        this.clock = Objects.requireNonNull(clock);
        this.worker = Objects.requireNonNull(worker);
    }

    /** Recomputes whenever the bus announces a change that bears on the situation. */
    public SituationService listenTo(ChangeBus changes) {
        changes.subscribe(change -> {
            if (RELEVANT.contains(change)) {
                requestRefresh();
            }
        });
        return this;
    }

    public void subscribe(Listener listener) {
        listeners.add(listener);
    }

    public void unsubscribe(Listener listener) {
        listeners.remove(listener);
    }

    /** How many listen; a rebuilt window must leave none of its old screens behind. */
    public int listenerCount() {
        return listeners.size();
    }

    /** The situation last published, if one has been. */
    public Optional<Situation> latest() {
        return Optional.ofNullable(latest.get());
    }

    /** The situation now: the last published one if it is of today, else computed on the calling thread. */
    public Situation current() {
        Situation s = latest.get();
        return s != null && s.day().equals(today()) ? s : refreshNow();
    }

    /** Asks for a new situation on the worker; requests made while one is computed lead to one more run. */
    public void requestRefresh() {
        if (queued.compareAndSet(false, true)) {
            worker.execute(() -> {
                queued.set(false);
                try {
                    refreshNow();
                } catch (RuntimeException e) {
                    listeners.forEach(l -> l.failed(e));
                }
            });
        }
    }

    /** Computes and publishes a new situation on the calling thread. */
    public Situation refreshNow() {
        LocalDate day = today();
        Evaluation recommendation = evaluationOf(inputs.forDay(day));
        Situation next = new Situation(versions.incrementAndGet(), day, clock.instant(), recommendation,
                inForce.get(), officer.get());
        latest.accumulateAndGet(next, (old, candidate) -> old == null || candidate.version() > old.version()
                ? candidate : old);
        listeners.forEach(l -> l.published(next));
        return next;
    }

    /**
     * Called by the clock's tick: after midnight in the district the day's situation is another
     * day's, even when nothing was entered.
     */
    public void checkDay() {
        Situation s = latest.get();
        if (s == null || !s.day().equals(today())) {
            requestRefresh();
        }
    }

    /** The plan's recommendation for any input: the documents' past days, the decision being recorded. */
    public Evaluation evaluationOf(EvaluationInput input) {
        return new RulesEngine(rules.get()).evaluate(input);
    }

    /** The recommendation of a day from what is stored, as it stands now. */
    public Evaluation evaluationOf(LocalDate day) {
        return evaluationOf(inputs.forDay(day));
    }

    public RuleSet ruleSet() {
        return rules.get();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(rules.get().zone()));
    }
}
