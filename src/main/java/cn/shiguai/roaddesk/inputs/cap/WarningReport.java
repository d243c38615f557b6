package cn.shiguai.roaddesk.inputs.cap;

import cn.shiguai.roaddesk.common.i18n.Localized;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.inputs.BadRow;
import cn.shiguai.roaddesk.inputs.FileReport;
import java.util.List;
import java.util.stream.Stream;

/**
 * What became of one warning file: how many signals were newly kept (of them updates and
 * cancels), how many were already kept, how many were not the plan's and why; or its refusal.
 *
 * @param notes why each alert not kept was left (a test message, 暴雨…), one line each
 */
public record WarningReport(String file, int taken, int updates, int cancels, int duplicates, int unrelated,
                            List<Localized> notes, List<BadRow> bad) implements FileReport {

    public WarningReport {
        notes = List.copyOf(notes);
        bad = List.copyOf(bad);
    }

    static WarningReport rejected(String file, List<BadRow> bad) {
        return new WarningReport(file, 0, 0, 0, 0, 0, List.of(), bad);
    }

    @Override
    public int skipped() {
        return duplicates + unrelated;
    }

    @Override
    public String summary(Messages messages) {
        if (isRejected()) {
            return messages.format("cap.report.rejected", file, String.valueOf(bad.size()));
        }
        return messages.format("cap.report.taken", file, String.valueOf(taken), String.valueOf(updates),
                String.valueOf(cancels), String.valueOf(duplicates), String.valueOf(unrelated));
    }

    @Override
    public List<String> lines(Messages messages) {
        return isRejected() ? FileReport.super.lines(messages)
                : Stream.concat(Stream.of(summary(messages)), notes.stream().map(n -> "  " + n.message(messages))).toList();
    }
}
