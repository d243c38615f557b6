package cn.shiguai.roaddesk.inputs;

import cn.shiguai.roaddesk.common.i18n.Messages;
import java.util.List;

/**
 * What became of one file: taken (how many readings new, repeated, corrected; how many daily
 * means entered) or refused whole, with every bad row.
 *
 * @param file the file's name as the record names it
 */
public record ImportReport(String file, int taken, int skipped, int corrected, int means, List<BadRow> bad)
        implements FileReport {

    public ImportReport {
        bad = List.copyOf(bad);
    }

    static ImportReport rejected(String file, List<BadRow> bad) {
        return new ImportReport(file, 0, 0, 0, 0, bad);
    }

    /** One line: what was taken, or that the file was refused and how many problems it has. */
    @Override
    public String summary(Messages messages) {
        if (isRejected()) {
            return messages.format("import.report.rejected", file, String.valueOf(bad.size()));
        }
        return messages.format("import.report.taken", file, String.valueOf(taken), String.valueOf(skipped),
                String.valueOf(corrected), String.valueOf(means));
    }
}
