package cn.shiguai.roaddesk.rules;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** Builds engine inputs for day D tersely, so each test shows only what it varies. */
final class Inputs {
    static final LocalDate D = LocalDate.of(2026, 1, 12);
    static final RuleSet RULES = new RuleSetLoader().loadDefault();
    static final RulesEngine ENGINE = new RulesEngine(RULES);

    private Double mean = -5.0;
    private final List<Observation> observations = new ArrayList<>();
    private final List<TrafficReport> traffic = new ArrayList<>();

    static Inputs cold() {
        return new Inputs();
    }

    static Inputs unknownTemperature() {
        Inputs in = new Inputs();
        in.mean = null;
        return in;
    }

    Inputs mean(Double value) {
        mean = value;
        return this;
    }

    Inputs reading(Observation o) {
        observations.add(o);
        return this;
    }

    Inputs snow(String location, LocalDateTime time, double depth) {
        return reading(Observation.at(location, time).snowDepthCm(depth).build());
    }

    Inputs traffic(double cutHours, double queueKm, boolean likely) {
        traffic.add(new TrafficReport("主干道 K35", D.atTime(9, 0), cutHours, queueKm, likely));
        return this;
    }

    EvaluationInput input() {
        return new EvaluationInput(D, mean, observations, traffic);
    }

    Evaluation evaluate() {
        return ENGINE.evaluate(input());
    }

    static LocalDateTime at(int daysBeforeD, int hour) {
        return D.minusDays(daysBeforeD).atTime(hour, 0);
    }

    static Observation.Builder reading(String location, int hour) {
        return Observation.at(location, D.atTime(hour, 0));
    }
}
