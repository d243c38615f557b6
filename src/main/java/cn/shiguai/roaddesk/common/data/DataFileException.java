package cn.shiguai.roaddesk.common.data;

import cn.shiguai.roaddesk.common.i18n.Localized;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.common.i18n.RecordLanguage;
import java.util.List;

/**
 * A data file (roster, measure catalogue) that cannot be used. Like a broken rule set, it names
 * the file and the field, so whoever edited the file can find the mistake; the app refuses it
 * rather than guess what was meant.
 */
public final class DataFileException extends RuntimeException implements Localized {
    private final String file;
    private final String field;
    private final String problemKey;
    private final transient Object[] args;

    public DataFileException(String file, String field, String problemKey, Object... args) {
        super(RecordLanguage.messages().format("datafile.error", file, field,
                RecordLanguage.messages().format(problemKey, args)));
        this.file = file;
        this.field = field;
        this.problemKey = problemKey;
        this.args = args.clone();
    }

    public String file() {
        return file;
    }

    public String field() {
        return field;
    }

    public String problemKey() {
        return problemKey;
    }

    public List<Object> args() {
        return List.of(args);
    }

    @Override
    public String message(Messages messages) {
        return messages.format("datafile.error", file, field, messages.format(problemKey, args));
    }
}
