package cn.shiguai.roaddesk.desk;

import cn.shiguai.roaddesk.common.events.Change;
import cn.shiguai.roaddesk.common.events.ChangeBus;
import cn.shiguai.roaddesk.common.fx.Failures;
import cn.shiguai.roaddesk.common.fx.TaskRunner;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.rules.EvaluationText;
import cn.shiguai.roaddesk.rules.ResponseLevel;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The desk around the screens: which screen is open, and the situation the header shows. When
 * new readings change the recommendation while a response is in force, the duty officer is
 * told at once; the level in force never changes by itself.
 */
public final class DeskViewModel {
    private static final Set<Change> SITUATION_CHANGES = EnumSet.of(Change.READINGS, Change.DECISIONS, Change.SETTINGS);

    private final SituationSource source;
    private final TaskRunner tasks;
    private final Messages messages;
    private final EvaluationText text;
    private final ObjectProperty<Screen> screen = new SimpleObjectProperty<>(Screen.READINGS);
    private final ReadOnlyObjectWrapper<Situation> situation = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private Consumer<String> notifier = message -> { };

    public DeskViewModel(SituationSource source, ChangeBus changes, TaskRunner tasks, Messages messages,
                         EvaluationText text) {
        this.source = source;
        this.tasks = tasks;
        this.messages = messages;
        this.text = text;
        changes.subscribe(change -> {
            if (SITUATION_CHANGES.contains(change)) {
                tasks.onUiThread(this::refresh);
            }
        });
    }

    public ObjectProperty<Screen> screen() {
        return screen;
    }

    public ReadOnlyObjectProperty<Situation> situation() {
        return situation.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty error() {
        return error.getReadOnlyProperty();
    }

    /** Where alerts go; the view shows them as notifications. */
    public void setNotifier(Consumer<String> notifier) {
        this.notifier = notifier;
    }

    public void refresh() {
        tasks.run(source::current, this::show, t -> error.set(messages.format("desk.loadFailed", Failures.describe(t, messages))));
    }

    private void show(Situation next) {
        Situation previous = situation.get();
        situation.set(next);
        error.set("");
        boolean responding = next.active().isPresent();
        if (previous != null && responding
                && previous.recommendation().level() != next.recommendation().level()) {
            notifier.accept(messages.format("desk.recommendationChanged",
                    text.levelName(previous.recommendation().level()), text.levelName(next.recommendation().level()),
                    text.levelName(next.activeLevel())));
        }
    }

    // ---- Texts of the header

    public String activeText(Situation s) {
        return s.active().map(a -> messages.format("header.active", text.levelName(a.level()),
                text.time(a.levelSince().atZone(text.zone()).toLocalDateTime()), a.decidedBy()))
                .orElse(messages.get("header.noResponse"));
    }

    public String recommendationText(Situation s) {
        return messages.format("header.recommended", text.levelName(s.recommendation().level()));
    }

    public String differenceText(Situation s) {
        if (!s.recommendationDiffers()) {
            return "";
        }
        ResponseLevel rec = s.recommendation().level();
        return rec.isMoreSevereThan(s.activeLevel()) ? messages.get("header.differs.higher")
                : messages.get("header.differs.lower");
    }
}
