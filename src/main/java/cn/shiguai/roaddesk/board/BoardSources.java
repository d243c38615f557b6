package cn.shiguai.roaddesk.board;

import cn.shiguai.roaddesk.dutylog.OpenCallback;
import cn.shiguai.roaddesk.measures.OwedItem;
import cn.shiguai.roaddesk.report.store.IssuedSummary;
import cn.shiguai.roaddesk.warnings.WarningInForce;
import cn.shiguai.roaddesk.weather.LatestReading;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Where the board reads what is not in the situation, each from the feature that keeps it; off the FX thread. */
@FunctionalInterface
public interface BoardSources {

    /** Everything the board needs at one moment, read together. */
    Read read();

    /**
     * @param points    every monitoring point with its latest reading
     * @param owed      what the response in force owes, with where each item stands
     * @param callbacks calls promised a return and not yet returned
     * @param issued    documents issued (the board looks only at those of the response)
     * @param warnings  warning signals in force when read
     * @param answered  the signals whose discretionary-start question has been answered
     * @param silent    web sources silent for longer than their interval
     */
    record Read(List<LatestReading> points, List<OwedItem> owed, List<OpenCallback> callbacks,
                List<IssuedSummary> issued, BoardSettings settings, List<WarningInForce> warnings,
                Set<Long> answered, List<SilentSource> silent) {
        public Read {
            points = List.copyOf(points);
            owed = List.copyOf(owed);
            callbacks = List.copyOf(callbacks);
            issued = List.copyOf(issued);
            warnings = List.copyOf(warnings);
            answered = Set.copyOf(answered);
            silent = List.copyOf(silent);
        }

        /** No question answered and no web source silent. */
        public Read(List<LatestReading> points, List<OwedItem> owed, List<OpenCallback> callbacks,
                    List<IssuedSummary> issued, BoardSettings settings, List<WarningInForce> warnings) {
            this(points, owed, callbacks, issued, settings, warnings, Set.of(), List.of());
        }

        /** No warning signal in force. */
        public Read(List<LatestReading> points, List<OwedItem> owed, List<OpenCallback> callbacks,
                    List<IssuedSummary> issued, BoardSettings settings) {
            this(points, owed, callbacks, issued, settings, List.of());
        }
    }

    /**
     * A web source that has sent nothing new for longer than expected.
     *
     * @param lastHeard when it last sent a new file (else last answered); null if never
     */
    record SilentSource(String name, Instant lastHeard, Duration every) { }
}
