package cn.shiguai.roaddesk.desk;

import cn.shiguai.roaddesk.common.fx.Confirm;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.situation.Situation;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import javafx.stage.Stage;

/**
 * The question before the window closes while a response is in force (a closed desk raises no
 * alert and shows nobody what is owed, so closing then must be meant) or while something typed
 * in a screen's form has not been saved.
 */
final class ClosingGuard {
    private ClosingGuard() {
    }

    /** The question to ask, or empty when nothing is in force. */
    static Optional<String> question(Situation situation, Messages messages,
                                     cn.shiguai.roaddesk.rules.EvaluationText text, ZoneId zone) {
        if (situation == null || situation.active().isEmpty()) {
            return Optional.empty();
        }
        var active = situation.active().get();
        String since = active.levelSince().atZone(zone).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
        return Optional.of(messages.format("desk.close.question",
                text.levelName(active.level()), since));
    }

    /** The question when something typed would be lost; empty when nothing is. */
    static Optional<String> unsaved(java.util.List<cn.shiguai.roaddesk.desk.Screen> screens, Messages messages) {
        if (screens.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(messages.format("desk.close.unsaved", screens.stream().map(s -> messages.get(s.textKey()))
                .collect(java.util.stream.Collectors.joining("、"))));
    }

    static boolean mayClose(DeskContext context, Stage stage) {
        Optional<String> question = question(context.situation().situation().get(), context.messages(),
                context.evaluationText(), context.zone()).or(() -> unsaved(context.unsavedInput(), context.messages()));
        return question.isEmpty() || Confirm.ask(new Confirm.Question("closeConfirmation",
                context.messages().get("desk.close.title"), question.get(), context.messages().get("desk.close.detail"),
                context.messages().get("desk.close.yes"), context.messages().get("desk.close.no"), true), stage);
    }
}
