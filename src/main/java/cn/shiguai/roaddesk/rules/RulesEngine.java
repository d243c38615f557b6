package cn.shiguai.roaddesk.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Decides the response level of §四 for one day, under one rule set, and explains itself.
 * The one implementation of the rules: the window, the command line and the reports call it.
 * Pure: no I/O, no clock, no toolkit.
 */
public final class RulesEngine {
    private final RuleSet ruleSet;

    public RulesEngine(RuleSet ruleSet) {
        this.ruleSet = Objects.requireNonNull(ruleSet);
    }

    public RuleSet ruleSet() {
        return ruleSet;
    }

    public Evaluation evaluate(EvaluationInput input) {
        DayFacts facts = new DayFacts(input, ruleSet.persistentSnowDays());
        List<TrafficReport> traffic = input.traffic().isEmpty() ? List.of(TrafficReport.none()) : input.traffic();

        List<LevelResult> results = new ArrayList<>();
        for (LevelRule rule : ruleSet.levelsMostSevereFirst()) {
            results.add(evaluateLevel(rule, facts, traffic));
        }
        ResponseLevel level = results.stream().filter(r -> r.holds() == Truth.MET)
                .map(LevelResult::level).findFirst().orElse(ResponseLevel.NONE);

        List<Warning> warnings = new ArrayList<>();
        if (!facts.meanTemperature.known()) {
            warnings.add(results.stream()
                    .filter(r -> r.holds() == Truth.UNKNOWN && r.level().isMoreSevereThan(level))
                    .findFirst()
                    .map(r -> new Warning(Warning.Kind.MEAN_TEMP_UNKNOWN_LEVEL_WOULD_HOLD, r.level()))
                    .orElse(new Warning(Warning.Kind.MEAN_TEMP_UNKNOWN, null)));
        }
        NextLevel next = level.next() == null ? null : nextLevel(results, level.next());
        return new Evaluation(ruleSet.name(), input.date(), level, facts.meanTemperature, results, warnings, next);
    }

    private LevelResult evaluateLevel(LevelRule rule, DayFacts facts, List<TrafficReport> traffic) {
        List<ClauseResult> clauses = new ArrayList<>();
        for (Threshold t : rule.weather()) {
            clauses.add(weatherClause(rule.level(), t, facts));
        }
        Truth weather = Truth.of(clauses.stream().anyMatch(ClauseResult::met));

        Truth cold = null;
        if (rule.cold() != null) {
            ClauseResult coldClause = coldClause(rule.level(), rule.cold(), facts.meanTemperature);
            clauses.add(coldClause);
            cold = coldClause.truth();
        }

        TrafficClauses trafficClauses = TrafficClauses.decide(rule, traffic);
        clauses.addAll(trafficClauses.clauses());
        Truth trafficTruth = trafficClauses.holds();

        Truth holds;
        if (trafficTruth == Truth.MET || (weather == Truth.MET && (cold == null || cold == Truth.MET))) {
            holds = Truth.MET;
        } else if (weather == Truth.MET && cold == Truth.UNKNOWN) {
            holds = Truth.UNKNOWN;
        } else {
            holds = Truth.NOT_MET;
        }
        return new LevelResult(rule.level(), rule, holds, weather, cold, trafficTruth, clauses);
    }

    private ClauseResult weatherClause(ResponseLevel level, Threshold t, DayFacts facts) {
        return switch (t.kind()) {
            case SNOW_DEPTH -> measured(level, t, facts.snowDepth);
            case ICE_THICKNESS -> measured(level, t, facts.iceThickness);
            case FREEZING_ACCRETION -> measured(level, t, facts.accretion);
            case PERSISTENT_SNOW -> persistent(level, t, facts.snowRun);
            case FREEZING_PHENOMENON -> occurrence(level, t, facts.freezingPresent.orElse(null), facts.freezingReported);
            case ROAD_ICING -> occurrence(level, t, facts.roadIcingPresent.orElse(null), facts.roadIcingReported);
            default -> throw new IllegalStateException("not a weather clause: " + t.kind());
        };
    }

    private static ClauseResult measured(ResponseLevel level, Threshold t, Quantity q) {
        return new ClauseResult(level, t, q.against(t), q.worst());
    }

    private static ClauseResult persistent(ResponseLevel level, Threshold t, DayFacts.SnowRun run) {
        if (run.best() == null) {
            // A day without a reading breaks the run; only no snow reading at all leaves it open.
            return new ClauseResult(level, t, run.anySnowReading() ? Truth.NOT_MET : Truth.UNKNOWN, Evidence.none());
        }
        return new ClauseResult(level, t, Truth.of(t.holdsFor(run.best().value())), run.best());
    }

    private static ClauseResult occurrence(ResponseLevel level, Threshold t, Evidence present, boolean reported) {
        if (present != null) {
            return new ClauseResult(level, t, Truth.MET, present);
        }
        return new ClauseResult(level, t, reported ? Truth.NOT_MET : Truth.UNKNOWN, Evidence.none());
    }

    private static ClauseResult coldClause(ResponseLevel level, Threshold t, MeanTemperature mean) {
        if (!mean.known()) {
            return new ClauseResult(level, t, Truth.UNKNOWN, Evidence.none());
        }
        // Compare the exact decimal mean: the sign of (mean - threshold) against 0 under the clause's word.
        int sign = mean.exact().compareTo(BigDecimal.valueOf(t.value()));
        boolean holds = t.word().holds(sign, 0);
        return new ClauseResult(level, t, Truth.of(holds), new Evidence(mean.displayValue(), null, null, null, null));
    }

    private static NextLevel nextLevel(List<LevelResult> results, ResponseLevel next) {
        LevelResult r = results.stream().filter(x -> x.level() == next).findFirst().orElseThrow();
        List<ClauseResult> missing = r.notMet().stream()
                .sorted(Comparator.comparing(c -> c.kind().group()))
                .toList();
        return new NextLevel(next, missing, r.weather() == Truth.MET);
    }
}
