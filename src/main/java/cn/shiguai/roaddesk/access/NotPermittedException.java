package cn.shiguai.roaddesk.access;

import cn.shiguai.roaddesk.common.i18n.Messages;

/**
 * A service refused what the signed-in user's role may not do (issue 14, item 2). Nothing was
 * written. The window shows {@link #message(Messages)}: who, as what, may not do what.
 */
public final class NotPermittedException extends RuntimeException implements cn.shiguai.roaddesk.common.i18n.Localized {
    private final Actor actor;
    private final Permission permission;

    public NotPermittedException(Actor actor, Permission permission) {
        super(actor.name() + " (" + (actor.role() == null ? "system" : actor.role().code()) + ") may not "
                + permission.name());
        this.actor = actor;
        this.permission = permission;
    }

    public Actor actor() {
        return actor;
    }

    public Permission permission() {
        return permission;
    }

    /** "值班员 王建国无权签发文件……；未做任何改动。" */
    @Override
    public String message(Messages messages) {
        String role = actor.role() == null ? "" : messages.get(actor.role().textKey()) + " ";
        return messages.format("access.refused", role + actor.name(), messages.get(permission.textKey()));
    }
}
