package cn.shiguai.roaddesk.users;

import cn.shiguai.roaddesk.common.i18n.RecordLanguage;
import cn.shiguai.roaddesk.dutylog.DutyLog;

/**
 * Who makes a change of users: a signed-in user with their role, or the system (the command
 * line, which has no sign-in yet). The log names them as a person would: "管理员 王建国".
 */
public record Actor(String name, Role role) {
    public static Actor system() {
        return new Actor(DutyLog.SYSTEM_AUTHOR, null);
    }

    public static Actor of(User user) {
        return new Actor(user.name(), user.role());
    }

    /** "管理员 王建国", or "系统". */
    String words() {
        return role == null ? name : RecordLanguage.text(role.textKey()) + " " + name;
    }
}
