package cn.shiguai.roaddesk.board.ui;

import cn.shiguai.roaddesk.board.Board;
import cn.shiguai.roaddesk.board.BoardItem;
import cn.shiguai.roaddesk.board.BoardSettings;
import cn.shiguai.roaddesk.board.BoardSources;
import cn.shiguai.roaddesk.board.BoardWords;
import cn.shiguai.roaddesk.board.DutyBoard;
import cn.shiguai.roaddesk.common.events.ChangeBus;
import cn.shiguai.roaddesk.common.fx.Failures;
import cn.shiguai.roaddesk.common.fx.TaskRunner;
import cn.shiguai.roaddesk.common.fx.Ticker;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.situation.Situation;
import cn.shiguai.roaddesk.situation.ui.SituationModel;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The board of one desk, refreshing itself: it reads the sources again after any change of
 * the office, and recomputes when the situation changes and as the clock moves (a point turns
 * stale, a report falls due, with no change at all). Lives as long as the desk, whether or not
 * the board screen is open: the header's counts and the alerts read it.
 */
public final class BoardViewModel {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final SituationModel situation;
    private final BoardSources sources;
    private final DutyBoard duty;
    private final TaskRunner tasks;
    private final Ticker ticker;
    private final Messages messages;
    private final BoardWords words;
    private final ReadOnlyObjectWrapper<Board> board = new ReadOnlyObjectWrapper<>();
    private final ObservableList<BoardRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper compactCounts = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private BoardSources.Read read;
    private cn.shiguai.roaddesk.board.StartAnswers answers;
    private java.util.function.Supplier<String> who = () -> "";
    private java.time.Clock clock = java.time.Clock.systemUTC();

    public BoardViewModel(SituationModel situation, BoardSources sources, DutyBoard duty, TaskRunner tasks,
                          ChangeBus changes, Ticker ticker, Messages messages, BoardWords words) {
        this.situation = situation;
        this.sources = sources;
        this.duty = duty;
        this.tasks = tasks;
        this.ticker = ticker;
        this.messages = messages;
        this.words = words;
        changes.subscribe(change -> load());
        situation.situation().addListener((o, a, s) -> recompute());
        ticker.now().addListener((o, a, b) -> recompute());
    }

    /** The board now; null until first read. */
    public ReadOnlyObjectProperty<Board> board() { return board.getReadOnlyProperty(); }
    public ObservableList<BoardRow> rows() { return rows; }
    public ReadOnlyStringProperty summary() { return summary.getReadOnlyProperty(); }
    /** Each kind waiting with its count, for the header ("研判 1 · 过时 2"). */
    public ReadOnlyStringProperty counts() { return counts.getReadOnlyProperty(); }
    /** The same in a few characters, for a narrow window ("待办 3 · 紧急 1"). */
    public ReadOnlyStringProperty compactCounts() { return compactCounts.getReadOnlyProperty(); }
    public ReadOnlyStringProperty error() { return error.getReadOnlyProperty(); }
    public BoardWords words() { return words; }
    /** The settings as last read, or null before the first read. */
    public BoardSettings settings() { return read == null ? null : read.settings(); }

    /** What the last answer left to say ("答复已记入值班日志"), or its failure. */
    public ReadOnlyStringProperty status() { return status.getReadOnlyProperty(); }

    /** Where the answers to a discretionary start go, who gives them and when. */
    public BoardViewModel answeringWith(cn.shiguai.roaddesk.board.StartAnswers answers,
                                        java.util.function.Supplier<String> who, java.time.Clock clock) {
        this.answers = answers;
        this.who = who;
        this.clock = clock;
        return this;
    }

    /** The signal whose question to start at discretion this row asks, if it asks one. */
    public java.util.Optional<cn.shiguai.roaddesk.warnings.WarningInForce> question(BoardRow row) {
        if (row == null || answers == null || read == null
                || !row.item().identity().startsWith(DutyBoard.CONSIDER)) {
            return java.util.Optional.empty();
        }
        long id = Long.parseLong(row.item().identity().substring(DutyBoard.CONSIDER.length()));
        return read.warnings().stream().filter(w -> w.id() == id).findFirst();
    }

    /** Records the answer off the FX thread; {@code then} runs once it is in the log. */
    public void answer(cn.shiguai.roaddesk.warnings.WarningInForce signal, cn.shiguai.roaddesk.board.StartAnswers.Answer answer,
                       String reason, Runnable then) {
        String by = who.get();
        tasks.run(() -> answers.answer(signal, answer, reason, by, clock.instant()), seq -> {
            status.set(messages.get("start.saved"));
            then.run();
        }, t -> status.set(messages.format("start.failed", Failures.describe(t, messages))));
    }

    /** Reads the sources off the FX thread, then shows the board. */
    public void load() {
        tasks.run(sources::read, loaded -> {
            read = loaded;
            error.set("");
            recompute();
        }, t -> error.set(messages.format("board.loadFailed", Failures.describe(t, messages))));
    }

    private void recompute() {
        Situation s = situation.get();
        if (s == null || read == null) {
            return;
        }
        Board now = duty.at(ticker.now().get(), s, read);
        rows.setAll(now.items().stream().map(this::row).toList());
        summary.set(messages.format("board.summary", now.items().size(), now.urgent(),
                LocalDateTime.ofInstant(now.at(), words.zone()).format(TIME)));
        StringBuilder shown = new StringBuilder();
        for (Map.Entry<BoardItem.Kind, Integer> e : now.counts().entrySet()) {
            if (e.getValue() > 0) {
                shown.append(shown.isEmpty() ? "" : " · ").append(messages.format("board.count." + e.getKey().name(),
                        e.getValue()));
            }
        }
        counts.set(shown.isEmpty() ? messages.get("board.counts.none") : shown.toString());
        compactCounts.set(now.items().isEmpty() ? messages.get("board.counts.none")
                : messages.format("board.counts.compact", now.items().size(), now.urgent()));
        board.set(now);
    }

    private BoardRow row(BoardItem item) {
        return new BoardRow(item, words.kind(item.kind()), words.sentence(item, ticker.now().get()),
                messages.get("nav." + item.place().name()));
    }
}
