package cn.shiguai.roaddesk.desk;

import cn.shiguai.roaddesk.common.fx.Failures;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.rules.EvaluationText;
import cn.shiguai.roaddesk.rules.ResponseLevel;
import cn.shiguai.roaddesk.situation.Situation;
import cn.shiguai.roaddesk.situation.ui.SituationModel;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The desk around the screens: which screen is open, and the situation the header shows. A
 * changed recommendation is the board's to alert ({@code board.ui.AlertsViewModel}); the level
 * in force never changes by itself.
 */
public final class DeskViewModel {
    private final SituationModel situation;
    private final Messages messages;
    private final EvaluationText text;
    private final ObjectProperty<Screen> screen = new SimpleObjectProperty<>(Screen.BOARD);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper upper = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper store = new ReadOnlyStringWrapper("");
    private final javafx.beans.property.ReadOnlyBooleanWrapper storeLost = new javafx.beans.property.ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper warnings = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper warningsDetail = new ReadOnlyStringWrapper("");
    private Consumer<String> notifier = message -> { };

    public DeskViewModel(SituationModel situation, Messages messages, EvaluationText text) {
        this.situation = situation;
        this.messages = messages;
        this.text = text;
        situation.failure().addListener((o, a, t) -> error.set(t == null ? ""
                : messages.format("desk.loadFailed", Failures.describe(t, messages))));
    }

    public ObjectProperty<Screen> screen() {
        return screen;
    }

    public ReadOnlyObjectProperty<Situation> situation() {
        return situation.situation();
    }

    /** "上级：包头市 三级" — the upper levels' responses in force, beside the district's own; empty when none. */
    public ReadOnlyStringProperty upper() {
        return upper.getReadOnlyProperty();
    }

    /** The upper levels in force, most severe first, as the header's one line says them. */
    public void showUpper(java.util.List<cn.shiguai.roaddesk.upper.UpperResponse> inForce) {
        upper.set(inForce.isEmpty() ? "" : messages.format("header.upper", inForce.stream()
                .map(r -> r.announcedBy() + " " + text.levelShort(r.level()))
                .collect(java.util.stream.Collectors.joining("、"))));
    }

    /** "服务器 host/roaddesk" on a server, or that it does not answer since when; empty for the embedded file. */
    public ReadOnlyStringProperty store() {
        return store.getReadOnlyProperty();
    }

    /** Whether this seat's server is lost: the header shows it as a warning. */
    public javafx.beans.property.ReadOnlyBooleanProperty storeLost() {
        return storeLost.getReadOnlyProperty();
    }

    /** On the FX thread: the server answers, or not since {@code state.since()}; what was typed stays in the forms. */
    public void showStore(String where, cn.shiguai.roaddesk.live.StoreState state) {
        storeLost.set(!state.answers());
        store.set(state.answers() ? messages.format("header.store.server", where)
                : messages.format("header.store.lost", where,
                        text.time(state.since().atZone(text.zone()).toLocalDateTime())));
    }

    /** "预警 2": the warning signals in force, a forecast beside the level; empty when none. */
    public ReadOnlyStringProperty warnings() {
        return warnings.getReadOnlyProperty();
    }

    /** Each signal in force on a line of its own, for the badge's tooltip. */
    public ReadOnlyStringProperty warningsDetail() {
        return warningsDetail.getReadOnlyProperty();
    }

    /** The header follows the desk's warnings as they arrive and expire. */
    public void warningsFrom(cn.shiguai.roaddesk.warnings.ui.WarningsModel model) {
        warnings.bind(model.badge());
        warningsDetail.bind(model.all());
    }

    public ReadOnlyStringProperty error() {
        return error.getReadOnlyProperty();
    }

    /** Where alerts go; the view shows them as notifications. */
    public void setNotifier(Consumer<String> notifier) {
        this.notifier = notifier;
    }

    /** The day's backup failed: said in the status line and as a notification, never only to a console. */
    public void backupFailed(Throwable failure) {
        String message = messages.format("desk.backupFailed", Failures.describe(failure, messages));
        error.set(message);
        notifier.accept(message);
    }

    /** The duty log's start check found the chain broken from entry {@code firstBadSeq}: said at once. */
    public void chainBroken(Long firstBadSeq) {
        String message = messages.format("desk.chainBroken", String.valueOf(firstBadSeq));
        error.set(message);
        notifier.accept(message);
    }

    /** An exception no one caught, already in the application log at {@code logFile}: said in words. */
    public void uncaught(Throwable failure, String logFile) {
        String message = messages.format("desk.uncaught", Failures.describe(failure, messages), logFile);
        error.set(message);
        notifier.accept(message);
    }

    // ---- Texts of the header

    public String activeText(Situation s) {
        return s.active().map(a -> messages.format("header.active", text.levelName(a.level()),
                text.time(a.levelSince().atZone(text.zone()).toLocalDateTime()), a.decidedBy(messages)))
                .orElse(messages.get("header.noResponse"));
    }

    public String recommendationText(Situation s) {
        return messages.format("header.recommended", text.levelName(s.recommendedLevel()));
    }

    private java.util.function.Supplier<cn.shiguai.roaddesk.access.Actor> signedIn = cn.shiguai.roaddesk.access.Actor::system;

    /** Who is signed in at this seat, named in the header when it is not the officer on duty. */
    public void signedInFrom(java.util.function.Supplier<cn.shiguai.roaddesk.access.Actor> who) {
        this.signedIn = who;
    }

    /** "值班：王海燕", and "值班：王海燕 · 登录：应急办主任 刘雪峰" when someone else sits at the desk. */
    public String officerText(Situation s) {
        String onDuty = messages.format("header.user", s.officer());
        cn.shiguai.roaddesk.access.Actor who = signedIn.get();
        if (who.isSystem() || cn.shiguai.roaddesk.roster.Roster.samePerson(who.person(), s.officer())) {
            return onDuty;
        }
        return messages.format("header.signedIn", onDuty, messages.get(who.role().textKey()), who.name());
    }

    public String differenceText(Situation s) {
        if (!s.recommendationDiffers()) {
            return "";
        }
        ResponseLevel rec = s.recommendedLevel();
        return rec.isMoreSevereThan(s.activeLevel()) ? messages.get("header.differs.higher")
                : messages.get("header.differs.lower");
    }
}
