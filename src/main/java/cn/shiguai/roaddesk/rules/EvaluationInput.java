package cn.shiguai.roaddesk.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything the engine looks at for evaluation day D. Only the district's own readings
 * belong here; neighbouring areas' readings are never passed to the engine.
 *
 * @param enteredDailyMeanTempC the day's mean as entered by the office, or null
 */
public record EvaluationInput(LocalDate date, Double enteredDailyMeanTempC,
                              List<Observation> observations, List<TrafficReport> traffic) {

    public EvaluationInput {
        Objects.requireNonNull(date, "date");
        observations = List.copyOf(observations);
        traffic = List.copyOf(traffic);
    }
}
