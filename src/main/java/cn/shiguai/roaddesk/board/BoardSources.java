package cn.shiguai.roaddesk.board;

import cn.shiguai.roaddesk.dutylog.OpenCallback;
import cn.shiguai.roaddesk.measures.OwedItem;
import cn.shiguai.roaddesk.report.store.IssuedSummary;
import cn.shiguai.roaddesk.warnings.WarningInForce;
import cn.shiguai.roaddesk.weather.LatestReading;
import java.util.List;

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
     */
    record Read(List<LatestReading> points, List<OwedItem> owed, List<OpenCallback> callbacks,
                List<IssuedSummary> issued, BoardSettings settings, List<WarningInForce> warnings) {
        public Read {
            points = List.copyOf(points);
            owed = List.copyOf(owed);
            callbacks = List.copyOf(callbacks);
            issued = List.copyOf(issued);
            warnings = List.copyOf(warnings);
        }

        /** No warning signal in force. */
        public Read(List<LatestReading> points, List<OwedItem> owed, List<OpenCallback> callbacks,
                    List<IssuedSummary> issued, BoardSettings settings) {
            this(points, owed, callbacks, issued, settings, List.of());
        }
    }
}
