package cn.shiguai.roaddesk.weather.ui;

import cn.shiguai.roaddesk.common.events.Change;
import cn.shiguai.roaddesk.common.events.ChangeBus;
import cn.shiguai.roaddesk.common.fx.Failures;
import cn.shiguai.roaddesk.common.fx.FollowingTime;
import cn.shiguai.roaddesk.common.fx.TaskRunner;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.rules.Evaluation;
import cn.shiguai.roaddesk.rules.RuleSet;
import cn.shiguai.roaddesk.settings.DeskSettings;
import cn.shiguai.roaddesk.situation.Situation;
import cn.shiguai.roaddesk.situation.ui.SituationModel;
import cn.shiguai.roaddesk.weather.LatestReading;
import cn.shiguai.roaddesk.weather.LocationKind;
import cn.shiguai.roaddesk.weather.MonitoringPoints;
import cn.shiguai.roaddesk.weather.PointNames;
import cn.shiguai.roaddesk.weather.ReadingDraft;
import cn.shiguai.roaddesk.weather.ReadingRecord;
import cn.shiguai.roaddesk.weather.ReadingService;
import cn.shiguai.roaddesk.weather.TrafficRecord;
import cn.shiguai.roaddesk.weather.Trend;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The weather and roads screen: the form, every location's latest values, neighbouring areas
 * apart, traffic reports, a 72-hour trend, and the level they lead to. Whatever adds a reading
 * — this form or a feed — announces it, and this screen reloads on that announcement; the level
 * is the desk's situation, the same the header shows.
 */
public final class ReadingsViewModel {
    private static final int RECENT = 200;

    private final ReadingFormViewModel form;
    private final ReadingService readings;
    private final RuleSet rules;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Clock clock;
    private final Supplier<String> currentUser;
    private final ObservableList<ReadingRow> recent = FXCollections.observableArrayList();
    private final ObservableList<LocationRow> locations = FXCollections.observableArrayList();
    private final ObservableList<LocationRow> neighbours = FXCollections.observableArrayList();
    private final ObservableList<TrafficRow> traffic = FXCollections.observableArrayList();
    private final ObservableList<String> trendLocations = FXCollections.observableArrayList();
    private final StringProperty trendLocation = new SimpleStringProperty();
    private final ObjectProperty<Trend> trend = new SimpleObjectProperty<>();
    private final ReadOnlyIntegerWrapper staleHours = new ReadOnlyIntegerWrapper(DeskSettings.DEFAULT_STALE_HOURS);
    private final ReadOnlyObjectWrapper<Evaluation> evaluation = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<PointSuggestion> suggestion = new ReadOnlyObjectWrapper<>();
    private java.util.Set<String> knownNames = java.util.Set.of();
    private String acceptedNewPoint;
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private List<LatestReading> latest = List.of();
    private final Supplier<Integer> staleHoursSetting;
    private final Supplier<List<String>> aliases;
    private final ReadingCorrectionsModel corrections;
    private final PointsViewModel points;

    public ReadingsViewModel(ReadingFormViewModel form, ReadingService readings, SituationModel situation, RuleSet rules,
                             TaskRunner tasks, Messages messages, Clock clock, Supplier<String> currentUser,
                             ChangeBus changes, Supplier<Integer> staleHoursSetting) {
        this(form, readings, situation, rules, tasks, messages, clock, currentUser, changes, staleHoursSetting, null);
    }

    /** @param points the monitoring points kept (their old names find them as their names do); null: none kept */
    public ReadingsViewModel(ReadingFormViewModel form, ReadingService readings, SituationModel situation, RuleSet rules,
                             TaskRunner tasks, Messages messages, Clock clock, Supplier<String> currentUser,
                             ChangeBus changes, Supplier<Integer> staleHoursSetting, MonitoringPoints points) {
        this.aliases = points == null ? List::of
                : () -> points.list().stream().flatMap(p -> p.aliases().stream()).toList();
        this.points = points == null ? null : new PointsViewModel(points, tasks, messages, currentUser, changes);
        this.corrections = new ReadingCorrectionsModel(readings, tasks, messages, clock, rules.zone(), currentUser,
                done -> {
                    error.set("");
                    status.set(done);
                }, t -> failed("readings.correctFailed", t));
        this.staleHoursSetting = staleHoursSetting;
        this.form = form;
        this.readings = readings;
        this.rules = rules;
        this.tasks = tasks;
        this.messages = messages;
        this.clock = clock;
        this.currentUser = currentUser;
        changes.subscribe(change -> {
            if (change == Change.READINGS || change == Change.SETTINGS) {
                tasks.onUiThread(this::load);
            }
        });
        showSituation(situation.get());
        situation.situation().addListener((o, a, s) -> showSituation(s));
        staleHours.addListener((o, a, b) -> showLocations());
        trendLocation.addListener((o, a, b) -> loadTrend());
        form.text(ReadingField.LOCATION).addListener((o, a, typed) -> latest.stream()
                .filter(l -> l.location().equals(typed == null ? "" : typed.strip())).findFirst()
                .ifPresent(l -> form.neighbouring().set(l.kind() == LocationKind.NEIGHBOUR)));
    }

    // ---- Properties

    public ReadingFormViewModel form() {
        return form;
    }

    /** Readings kept, newest first. */
    public ObservableList<ReadingRow> readings() {
        return recent;
    }

    /** The district's monitoring locations with their latest values. */
    public ObservableList<LocationRow> locations() {
        return locations;
    }

    /** Neighbouring areas' locations: for judgement only, never used by the rules. */
    public ObservableList<LocationRow> neighbours() {
        return neighbours;
    }

    public ObservableList<TrafficRow> traffic() {
        return traffic;
    }

    public ObservableList<String> trendLocations() {
        return trendLocations;
    }

    public StringProperty trendLocation() {
        return trendLocation;
    }

    public ReadOnlyObjectProperty<Trend> trend() {
        return trend;
    }

    /** A location that has not reported for longer than this is marked stale: the setting, as last loaded. */
    public ReadOnlyIntegerProperty staleHours() {
        return staleHours.getReadOnlyProperty();
    }

    /** The plan's recommendation today: the desk's situation, never evaluated here. */
    public ReadOnlyObjectProperty<Evaluation> evaluation() {
        return evaluation.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty status() {
        return status.getReadOnlyProperty();
    }

    /** Why the last save or load failed; empty after a success. */
    public ReadOnlyStringProperty error() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busy() {
        return busy;
    }

    /** A point name typed that is not a known point but near one: the officer is asked which. Null otherwise. */
    public ReadOnlyObjectProperty<PointSuggestion> suggestion() {
        return suggestion.getReadOnlyProperty();
    }

    /** The typed name was meant as the known point: it is taken, and the form saved again. */
    public boolean useSuggested() {
        PointSuggestion s = suggestion.get();
        suggestion.set(null);
        if (s == null) {
            return false;
        }
        form.text(ReadingField.LOCATION).set(s.known());
        return add();
    }

    /** The typed name is a new point after all: it is created, and the form saved again. */
    public boolean keepAsNewPoint() {
        PointSuggestion s = suggestion.get();
        suggestion.set(null);
        if (s == null) {
            return false;
        }
        acceptedNewPoint = s.typed();
        return add();
    }

    public void dropSuggestion() {
        suggestion.set(null);
    }

    /** Known points whose name contains what was typed, spaces and full-width characters aside: for completion. */
    public List<String> completions(String typed) {
        return knownNames.stream().filter(name -> PointNames.matches(typed, name)).sorted().limit(12).toList();
    }

    /** What needs one more Enter before it is saved (a time far from now); empty otherwise. */
    public ReadOnlyStringProperty warning() {
        return warning.getReadOnlyProperty();
    }

    public LocalDate today() {
        return now().toLocalDate();
    }

    // ---- Commands

    public void load() {
        tasks.run(() -> new Loaded(readings.store().recent(RECENT), readings.store().latest(),
                        readings.store().recentTraffic(RECENT), staleHoursSetting.get(), aliases.get()),
                this::show, t -> failed("readings.loadFailed", t));
    }

    /**
     * Saves the form if it is valid; returns false (and changes nothing) when it is not, or when
     * its time is far from now and has not been confirmed by a second attempt.
     */
    public boolean add() {
        var draft = form.draft();
        if (draft.isEmpty() || busy.get()) {
            return false;
        }
        String typed = draft.get().observation().location();
        if (!knownNames.contains(typed) && !typed.equals(acceptedNewPoint)) {
            var near = PointNames.nearest(typed, knownNames);
            if (near.isPresent()) {
                suggestion.set(new PointSuggestion(typed, near.get()));
                return false;
            }
        }
        FollowingTime.Check time = form.time().attemptSave();
        warning.set(time.message());
        if (time.gate() != FollowingTime.Gate.SAVE) {
            return false;
        }
        busy.set(true);
        ReadingDraft d = draft.get();
        String user = currentUser.get();
        tasks.run(() -> readings.save(d, user), saved -> {
            acceptedNewPoint = null;
            form.clearAfterSave();
            error.set("");
            status.set(messages.format("readings.saved", saved.draft().observation().location()));
            busy.set(false);
        }, t -> failed("readings.saveFailed", t));
        return true;
    }

    /** The 监测点 tab; null when the desk keeps no points of its own (a test's store). */
    public PointsViewModel points() {
        return points;
    }

    /** 更正 and 撤回 of what this screen lists; they report here when done or failed. */
    public ReadingCorrectionsModel corrections() {
        return corrections;
    }

    /** Ages, stale marks and an untouched observation time move with the clock. */
    public void tick() {
        form.tick();
        showLocations();
    }

    // ---- Showing

    private void show(Loaded loaded) {
        staleHours.set(loaded.staleHours());
        recent.setAll(loaded.recent().stream().map(r -> ReadingRow.of(r, messages, rules.zone())).toList());
        latest = loaded.latest();
        java.util.Set<String> known = new java.util.HashSet<>(loaded.aliases());
        latest.forEach(l -> known.add(l.location()));
        knownNames = java.util.Set.copyOf(known);
        showLocations();
        traffic.setAll(loaded.traffic().stream().map(t -> TrafficRow.of(t, messages, rules.zone())).toList());
        List<String> names = latest.stream().filter(l -> l.kind() == LocationKind.DISTRICT && l.latest() != null)
                .map(LatestReading::location).toList();
        trendLocations.setAll(names);
        if (trendLocation.get() == null || !names.contains(trendLocation.get())) {
            trendLocation.set(names.isEmpty() ? null : deepestSnow());
        } else {
            loadTrend();
        }
    }

    private void showSituation(Situation s) {
        if (s != null) {
            evaluation.set(s.recommendation());
        }
    }

    private void showLocations() {
        LocalDateTime now = now();
        Duration staleAfter = Duration.ofHours(staleHours.get());
        locations.setAll(latest.stream().filter(l -> l.kind() == LocationKind.DISTRICT)
                .map(l -> LocationRow.of(l, now, staleAfter, messages, rules.zone())).toList());
        neighbours.setAll(latest.stream().filter(l -> l.kind() == LocationKind.NEIGHBOUR)
                .map(l -> LocationRow.of(l, now, staleAfter, messages, rules.zone())).toList());
    }

    /** The chart opens on the location with the deepest snow: the one that matters most. */
    private String deepestSnow() {
        return latest.stream().filter(l -> l.kind() == LocationKind.DISTRICT && l.latest() != null)
                .max(java.util.Comparator.comparingDouble(l -> {
                    Double d = l.latest().draft().observation().snowDepthCm();
                    return d == null ? -1 : d;
                })).map(LatestReading::location).orElse(null);
    }

    private void loadTrend() {
        String location = trendLocation.get();
        if (location == null) {
            trend.set(null);
            return;
        }
        LocalDateTime now = now();
        java.time.Instant instant = clock.instant();
        tasks.run(() -> Trend.of(location, readings.store().history(location, now.minus(Trend.DEFAULT_WINDOW), now),
                rules, instant, Trend.DEFAULT_WINDOW), trend::set, t -> failed("readings.loadFailed", t));
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(rules.zone()));
    }

    private void failed(String key, Throwable t) {
        busy.set(false);
        error.set(messages.format(key, Failures.describe(t, messages)));
    }

    private record Loaded(List<ReadingRecord> recent, List<LatestReading> latest, List<TrafficRecord> traffic,
                          int staleHours, List<String> aliases) { }
}
