package cn.shiguai.roaddesk.users;

import cn.shiguai.roaddesk.common.i18n.LocalizedException;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.common.i18n.RecordLanguage;
import cn.shiguai.roaddesk.common.text.FreeText;

/** A change of users refused in a sentence: a name taken, an unknown user, a password too short. */
public final class UsersException extends LocalizedException {
    private final transient FreeText.Problem nameProblem;

    public UsersException(String messageKey, Object... args) {
        super(messageKey, args);
        this.nameProblem = null;
    }

    private UsersException(FreeText.Problem problem) {
        super("users.error.name", problem.message(RecordLanguage.messages()));
        this.nameProblem = problem;
    }

    /** A name that cannot be a user's name (empty, too long, control characters…). */
    static UsersException name(FreeText.Problem problem) {
        return new UsersException(problem);
    }

    @Override
    public String message(Messages messages) {
        return nameProblem == null ? super.message(messages)
                : messages.format("users.error.name", nameProblem.message(messages));
    }
}
