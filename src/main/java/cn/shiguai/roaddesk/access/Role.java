package cn.shiguai.roaddesk.access;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a user is at the desk (issue 14, item 1). What each role may do is {@link Permissions}'s
 * table; a role's name for people is {@link #textKey()}, its name on the command line {@link #code()}.
 */
public enum Role {
    /** 值班员 */
    DUTY_OFFICER("duty-officer"),
    /** 应急办主任 */
    DIRECTOR("director"),
    /** 领导小组成员: the group leader or a deputy */
    LEADER("leader"),
    /** 管理员 */
    ADMIN("admin");

    private final String code;

    Role(String code) {
        this.code = code;
    }

    /** As the command line writes it: {@code duty-officer}. */
    public String code() {
        return code;
    }

    public String textKey() {
        return "users.role." + name();
    }

    public static Optional<Role> fromCode(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(r -> r.code.equals(wanted)).findFirst();
    }
}
