package cn.shiguai.roaddesk.weather.ui;

import cn.shiguai.roaddesk.common.fx.FollowingTime;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.common.text.LenientNumbers;
import cn.shiguai.roaddesk.rules.FreezingPhenomenon;
import cn.shiguai.roaddesk.rules.InputBounds;
import cn.shiguai.roaddesk.rules.Observation;
import cn.shiguai.roaddesk.rules.TrafficReport;
import cn.shiguai.roaddesk.weather.LocationKind;
import cn.shiguai.roaddesk.weather.ReadingChecks;
import cn.shiguai.roaddesk.weather.ReadingDraft;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

/**
 * The readings form: what the officer typed, and for every field the reason it cannot be
 * accepted (empty when it can). Nothing invalid gets out of here: {@link #draft()} is empty
 * unless every field is valid. What was typed stays until {@link #clearAfterSave()}.
 */
public final class ReadingFormViewModel {
    public static final DateTimeFormatter TIME_FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Messages messages;
    private final Map<ReadingField, StringProperty> texts = new EnumMap<>(ReadingField.class);
    private final Map<ReadingField, ReadOnlyStringWrapper> problems = new EnumMap<>(ReadingField.class);
    private final ObjectProperty<Reported> roadIcing = new SimpleObjectProperty<>(Reported.NOT_REPORTED);
    private final ObjectProperty<FreezingPhenomenon> phenomenon = new SimpleObjectProperty<>();
    private final BooleanProperty interruptionLikely = new SimpleBooleanProperty();
    private final BooleanProperty neighbouring = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper formProblem = new ReadOnlyStringWrapper("");
    private final FollowingTime time;
    private final BooleanBinding valid;

    public ReadingFormViewModel(Messages messages, Clock clock, ZoneId zone) {
        this.messages = messages;
        this.time = new FollowingTime(clock, zone, messages, "form.field.TIME");
        for (ReadingField f : ReadingField.values()) {
            texts.put(f, f == ReadingField.TIME ? time.text() : new SimpleStringProperty(""));
            problems.put(f, new ReadOnlyStringWrapper(""));
        }
        texts.values().forEach(p -> p.addListener((o, a, b) -> check()));
        roadIcing.addListener((o, a, b) -> check());
        phenomenon.addListener((o, a, b) -> check());
        interruptionLikely.addListener((o, a, b) -> check());
        ObservableValue<?>[] deps = problems.values().toArray(new ObservableValue<?>[0]);
        valid = Bindings.createBooleanBinding(
                () -> problems.values().stream().allMatch(p -> p.get().isEmpty()) && formProblem.get().isEmpty(),
                append(deps, formProblem.getReadOnlyProperty()));
        check();
    }

    // ---- Properties

    public StringProperty text(ReadingField field) {
        return texts.get(field);
    }

    /** Why the field's value cannot be accepted, with the accepted range; empty when it can. */
    public ReadOnlyStringProperty problem(ReadingField field) {
        return problems.get(field).getReadOnlyProperty();
    }

    /** A problem of the form as a whole, e.g. nothing measured was entered. */
    public ReadOnlyStringProperty formProblem() {
        return formProblem.getReadOnlyProperty();
    }

    public ObjectProperty<Reported> roadIcing() {
        return roadIcing;
    }

    /** Null means not reported. */
    public ObjectProperty<FreezingPhenomenon> phenomenon() {
        return phenomenon;
    }

    public BooleanProperty interruptionLikely() {
        return interruptionLikely;
    }

    /** The location is in a neighbouring area: the reading is kept for judgement, not used by the rules. */
    public BooleanProperty neighbouring() {
        return neighbouring;
    }

    public BooleanBinding valid() {
        return valid;
    }

    /** The observation time: now until the officer types another, and now again after a save. */
    public FollowingTime time() {
        return time;
    }

    // ---- Commands

    /** The validated submission, or empty when any field is invalid. */
    public Optional<ReadingDraft> draft() {
        check();
        if (!valid.get()) {
            return Optional.empty();
        }
        LocalDateTime time = parseTime().orElseThrow();
        String location = text(ReadingField.LOCATION).get().strip();
        Observation observation = Observation.at(location, time)
                .snowDepthCm(number(ReadingField.SNOW_DEPTH))
                .roadIceThicknessCm(number(ReadingField.ICE_THICKNESS))
                .roadIcing(roadIcing.get().asBoolean())
                .freezing(phenomenon.get())
                .accretionDiameterMm(number(ReadingField.ACCRETION))
                .airTempC(number(ReadingField.AIR_TEMP))
                .build();
        TrafficReport traffic = null;
        if (hasTraffic()) {
            Double cut = number(ReadingField.CUT_HOURS);
            Double queue = number(ReadingField.QUEUE_KM);
            traffic = new TrafficReport(location, time, cut == null ? 0 : cut, queue == null ? 0 : queue,
                    interruptionLikely.get());
        }
        return Optional.of(new ReadingDraft(observation, neighbouring.get() ? LocationKind.NEIGHBOUR : LocationKind.DISTRICT,
                number(ReadingField.DAILY_MEAN), traffic));
    }

    /** After a successful save: an empty form whose time follows the clock again. */
    public void clearAfterSave() {
        texts.forEach((field, text) -> {
            if (field != ReadingField.TIME) {
                text.set("");
            }
        });
        time.follow();
        roadIcing.set(Reported.NOT_REPORTED);
        phenomenon.set(null);
        interruptionLikely.set(false);
        neighbouring.set(false);
    }

    /** 现在: the time follows the clock again. */
    public void resetTime() {
        time.follow();
    }

    /** The clock moved: an untouched time moves with it, and a far or future time is judged anew. */
    public void tick() {
        time.tick();
        check();
    }

    // ---- Validation

    private void check() {
        for (ReadingField f : ReadingField.values()) {
            problems.get(f).set(problemOf(f));
        }
        formProblem.set(nothingMeasured() ? messages.get("form.problem.nothingMeasured") : "");
    }

    /** Whether closing would throw away something typed: a point or any value. */
    public boolean hasInput() {
        return somethingTyped() || !text(ReadingField.LOCATION).get().isBlank();
    }

    private boolean somethingTyped() {
        return texts.entrySet().stream().anyMatch(e -> e.getKey() != ReadingField.TIME
                && e.getKey() != ReadingField.LOCATION && !e.getValue().get().isBlank())
                || roadIcing.get() != Reported.NOT_REPORTED || phenomenon.get() != null || interruptionLikely.get();
    }

    private String problemOf(ReadingField f) {
        String text = text(f).get();
        return switch (f) {
            // An empty form (just opened, or just saved) is not an error: the point is asked for
            // once something is typed. The form stays unsaveable anyway: nothing is measured.
            case LOCATION -> (text == null || text.isBlank()) && somethingTyped()
                    ? messages.get("form.problem.location") : "";
            case TIME -> timeProblem();
            default -> numberProblem(f, text);
        };
    }

    private String numberProblem(ReadingField f, String text) {
        if (LenientNumbers.isBlank(text)) {
            return "";
        }
        OptionalDouble value = LenientNumbers.parse(text);
        InputBounds b = f.bounds();
        String range = ReadingChecks.range(messages, b);
        if (value.isEmpty()) {
            return messages.format("form.problem.notNumber", range);
        }
        double v = value.getAsDouble();
        java.util.Optional<String> problem = ReadingChecks.boundsProblem(b, v);
        if (problem.isEmpty() && f == ReadingField.ACCRETION) {
            problem = ReadingChecks.accretionConflict(v, phenomenon.get());
        }
        if (problem.isEmpty() && f == ReadingField.ICE_THICKNESS) {
            problem = ReadingChecks.iceConflict(v, roadIcing.get().asBoolean());
        }
        return problem.map(key -> messages.format(key, range)).orElse("");
    }

    private String timeProblem() {
        return time.problem();
    }

    private Optional<LocalDateTime> parseTime() {
        return time.value();
    }

    private boolean nothingMeasured() {
        boolean anyNumber = texts.entrySet().stream()
                .anyMatch(e -> e.getKey().isNumber() && !LenientNumbers.isBlank(e.getValue().get()));
        return !anyNumber && roadIcing.get() == Reported.NOT_REPORTED && phenomenon.get() == null
                && !interruptionLikely.get();
    }

    private boolean hasTraffic() {
        return !LenientNumbers.isBlank(text(ReadingField.CUT_HOURS).get())
                || !LenientNumbers.isBlank(text(ReadingField.QUEUE_KM).get()) || interruptionLikely.get();
    }

    private Double number(ReadingField f) {
        OptionalDouble v = LenientNumbers.parse(text(f).get());
        return v.isPresent() ? v.getAsDouble() : null;
    }

    private static ObservableValue<?>[] append(ObservableValue<?>[] a, ObservableValue<?> b) {
        ObservableValue<?>[] r = java.util.Arrays.copyOf(a, a.length + 1);
        r[a.length] = b;
        return r;
    }
}
