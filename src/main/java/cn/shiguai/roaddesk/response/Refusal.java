package cn.shiguai.roaddesk.response;

import cn.shiguai.roaddesk.common.i18n.Messages;
import java.util.List;

/** One reason a decision was refused, with what the message needs (names, dates, level keys). */
public record Refusal(RefusalCode code, List<Object> args) {

    public Refusal {
        args = List.copyOf(args);
    }

    public static Refusal of(RefusalCode code, Object... args) {
        return new Refusal(code, List.of(args));
    }

    public String message(Messages messages) {
        return messages.format(code.messageKey(), args.toArray());
    }
}
