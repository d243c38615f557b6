package cn.shiguai.roaddesk.users;

import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.common.i18n.RecordLanguage;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** A user's state as lists show it: 正常, 已停用, 已锁定至 08:35 (the district's clock). */
public final class UserStateText {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private UserStateText() {
    }

    public static String of(User user, Instant now, Messages messages) {
        if (user.disabled()) {
            return messages.get("users.state.disabled");
        }
        if (user.isLockedAt(now)) {
            return messages.format("users.state.locked", clock(user.lockedUntil()));
        }
        return messages.get("users.state.active");
    }

    /** "08:35": a lock lasts minutes, so the time of day says enough. */
    public static String clock(Instant instant) {
        return CLOCK.format(instant.atZone(RecordLanguage.ZONE));
    }
}
