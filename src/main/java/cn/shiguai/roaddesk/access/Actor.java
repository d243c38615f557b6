package cn.shiguai.roaddesk.access;

import cn.shiguai.roaddesk.common.i18n.RecordLanguage;

/**
 * Who acts at the desk: a signed-in user with their role and the roster person they are, or
 * the system (the commands, the inbox, the start of the desk). The records name them as a
 * person would: "值班员 王建国", or "系统".
 *
 * <p>The system has every permission: it is the process run by whoever owns the data
 * directory, who could change the files anyway (decision 0016). People act through the window,
 * which signs them in first.
 *
 * @param person the roster person the user is: their own name when not linked
 */
public record Actor(String name, Role role, String person) {
    /** How the records name what the desk does by itself. */
    public static final String SYSTEM_NAME = "系统";

    public Actor {
        if (person == null || person.isBlank()) {
            person = name;
        }
    }

    public Actor(String name, Role role) {
        this(name, role, name);
    }

    public static Actor system() {
        return new Actor(SYSTEM_NAME, null, SYSTEM_NAME);
    }

    public boolean isSystem() {
        return role == null;
    }

    public boolean may(Permission permission) {
        return isSystem() || Permissions.allows(role, permission);
    }

    /** "管理员 王建国", or "系统". */
    public String words() {
        return role == null ? name : RecordLanguage.text(role.textKey()) + " " + name;
    }
}
