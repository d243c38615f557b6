package cn.shiguai.roaddesk.common.i18n;

import java.util.List;

/**
 * A refusal raised below the screens (a store, a service) as a text key and its arguments.
 * Arguments that are {@link Messages.Key}s are looked up in the reader's language too. The
 * exception's own message, for the application log, is the office's record language.
 */
public class LocalizedException extends RuntimeException implements Localized {
    private final String messageKey;
    private final transient Object[] args;

    public LocalizedException(String messageKey, Object... args) {
        super(RecordLanguage.messages().format(messageKey, args));
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> args() {
        return List.of(args);
    }

    @Override
    public String message(Messages messages) {
        return messages.format(messageKey, args);
    }
}
