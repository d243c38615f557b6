package cn.shiguai.roaddesk.inputs;

import cn.shiguai.roaddesk.common.i18n.Messages;
import java.util.List;
import java.util.stream.Stream;

/** What became of one file dropped in or named on the command line, whatever it held: taken, or refused whole. */
public interface FileReport {
    /** The file's name as the record names it. */
    String file();

    /** Readings or warning signals newly kept. */
    int taken();

    /** Already kept, or not of concern: left without a change. */
    int skipped();

    /** Every reason the file was refused; empty when it was taken. */
    List<BadRow> bad();

    default boolean isRejected() {
        return !bad().isEmpty();
    }

    String summary(Messages messages);

    /** The summary and, for a refused file, one line per problem: what a person reads to put the file right. */
    default List<String> lines(Messages messages) {
        return Stream.concat(Stream.of(summary(messages)), bad().stream().map(b -> "  " + b.sentence(messages))).toList();
    }
}
