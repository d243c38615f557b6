package cn.shiguai.roaddesk.users;

import cn.shiguai.roaddesk.common.i18n.Localized;
import cn.shiguai.roaddesk.common.i18n.Messages;
import java.util.List;

/** What a sign-in came to: the user, or a refusal in a sentence. */
public sealed interface SignInResult {

    record Granted(User user) implements SignInResult { }

    /**
     * Refused. An unknown name and a wrong password are the same refusal, so that the answer
     * does not tell which names exist; a lock says until when.
     */
    record Refused(String messageKey, List<Object> args) implements SignInResult, Localized {
        @Override
        public String message(Messages messages) {
            return messages.format(messageKey, args.toArray());
        }
    }
}
