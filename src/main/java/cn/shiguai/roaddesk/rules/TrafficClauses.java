package cn.shiguai.roaddesk.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The traffic part of a level (domain §3.3 decision 2): the cut and the queue must both be
 * reached, by the same road's report — the queue is the one the cut caused.
 */
record TrafficClauses(Truth holds, List<ClauseResult> clauses) {

    static TrafficClauses decide(LevelRule rule, List<TrafficReport> reports) {
        if (rule.traffic().isEmpty()) {
            return new TrafficClauses(Truth.NOT_MET, List.of());
        }
        TrafficReport deciding = reports.stream().filter(r -> allHold(rule.traffic(), r)).findFirst().orElse(null);
        List<ClauseResult> clauses = new ArrayList<>();
        for (Threshold t : rule.traffic()) {
            TrafficReport shown = deciding != null ? deciding : worstFor(t.kind(), reports);
            clauses.add(new ClauseResult(rule.level(), t, Truth.of(holds(t, shown)), evidence(t.kind(), shown)));
        }
        return new TrafficClauses(Truth.of(deciding != null), clauses);
    }

    private static boolean allHold(List<Threshold> thresholds, TrafficReport r) {
        return thresholds.stream().allMatch(t -> holds(t, r));
    }

    private static boolean holds(Threshold t, TrafficReport r) {
        return switch (t.kind()) {
            case TRAFFIC_CUT -> t.holdsFor(r.cutHours());
            case STRANDED_QUEUE -> t.holdsFor(r.queueKm());
            // §四(四): "可能造成主要道路交通中断，导致车辆滞留" — likely, or already happening.
            case TRAFFIC_INTERRUPTION -> r.interruptionLikely() || (r.cutHours() > 0 && r.queueKm() > 0);
            default -> throw new IllegalStateException("not a traffic clause: " + t.kind());
        };
    }

    private static TrafficReport worstFor(ClauseKind kind, List<TrafficReport> reports) {
        Comparator<TrafficReport> order = switch (kind) {
            case TRAFFIC_CUT -> Comparator.comparingDouble(TrafficReport::cutHours);
            case STRANDED_QUEUE -> Comparator.comparingDouble(TrafficReport::queueKm);
            default -> Comparator.comparing(TrafficReport::interruptionLikely);
        };
        return reports.stream().max(order).orElseThrow();
    }

    private static Evidence evidence(ClauseKind kind, TrafficReport r) {
        Double value = switch (kind) {
            case TRAFFIC_CUT -> r.cutHours();
            case STRANDED_QUEUE -> r.queueKm();
            default -> null;
        };
        return new Evidence(value, r.road().isEmpty() ? null : r.road(), r.time(), null, null);
    }
}
