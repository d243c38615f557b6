package cn.shiguai.roaddesk.common.db;

import cn.shiguai.roaddesk.common.i18n.Localized;
import cn.shiguai.roaddesk.common.i18n.Messages;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The one exception the store throws. It carries a reason and a text key of the {@code store}
 * bundle, so the window and the command line can tell the user what happened in their language.
 */
public final class DataAccessException extends RuntimeException implements Localized {
    private final FailureReason reason;
    private final String messageKey;
    private final transient Object[] args;
    private final transient Path latestBackup;

    public DataAccessException(FailureReason reason, String messageKey, Path latestBackup, Throwable cause,
                               Object... args) {
        super(reason + " " + messageKey + " " + java.util.Arrays.toString(args), cause);
        this.reason = reason;
        this.messageKey = messageKey;
        this.args = args.clone();
        this.latestBackup = latestBackup;
    }

    public DataAccessException(FailureReason reason, String messageKey, Throwable cause, Object... args) {
        this(reason, messageKey, null, cause, args);
    }

    public FailureReason reason() {
        return reason;
    }

    public String messageKey() {
        return messageKey;
    }

    /** The newest backup to offer when the database cannot be opened. */
    public Optional<Path> latestBackup() {
        return Optional.ofNullable(latestBackup);
    }

    /** The sentence for the user; mentions the latest backup when there is one to offer. */
    @Override
    public String message(Messages messages) {
        String text = messages.format(messageKey, args);
        if (latestBackup != null) {
            text = text + " " + messages.format("store.offer.backup", latestBackup.toString());
        } else if (reason == FailureReason.CORRUPT) {
            text = text + " " + messages.get("store.offer.noBackup");
        }
        return text;
    }
}
