package cn.shiguai.roaddesk.bench;

import cn.shiguai.roaddesk.rules.Evaluation;
import cn.shiguai.roaddesk.rules.EvaluationInput;
import cn.shiguai.roaddesk.rules.FreezingPhenomenon;
import cn.shiguai.roaddesk.rules.Observation;
import cn.shiguai.roaddesk.rules.RuleSetLoader;
import cn.shiguai.roaddesk.rules.RulesEngine;
import cn.shiguai.roaddesk.rules.TrafficReport;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of the rules engine on a realistic day: 500 readings over 20 monitoring points on
 * the day evaluated, and 500 a day on each of the 3 days before (the persistent-snow clauses look
 * back), with a few traffic reports. One evaluation is what the desk runs at every change.
 * Run by bench/rules-bench.sh (bench/run-all.sh), not by the tests.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RulesEngineBench {
    static final int POINTS = 20;
    static final int READINGS_PER_DAY = 500;
    static final int HISTORY_DAYS = 3;

    private RulesEngine engine;
    private EvaluationInput day;

    @Setup
    public void setUp() {
        engine = new RulesEngine(new RuleSetLoader().loadDefault());
        day = day(LocalDate.of(2026, 1, 12), new Random(13));
    }

    static EvaluationInput day(LocalDate date, Random random) {
        List<Observation> observations = new ArrayList<>();
        for (int d = HISTORY_DAYS; d >= 0; d--) {
            LocalDateTime start = date.minusDays(d).atStartOfDay();
            for (int i = 0; i < READINGS_PER_DAY; i++) {
                LocalDateTime at = start.plusSeconds(86_400L * i / READINGS_PER_DAY);
                observations.add(Observation.at("监测点 " + random.nextInt(POINTS), at)
                        .snowDepthCm(random.nextInt(400) / 10.0)
                        .roadIceThicknessCm(random.nextInt(30) / 10.0)
                        .roadIcing(random.nextBoolean())
                        .freezing(random.nextInt(5) == 0 ? FreezingPhenomenon.values()[random.nextInt(
                                FreezingPhenomenon.values().length)] : null)
                        .accretionDiameterMm(random.nextInt(5) == 0 ? random.nextInt(200) / 10.0 : null)
                        .airTempC(-20 + random.nextInt(250) / 10.0)
                        .build());
            }
        }
        List<TrafficReport> traffic = List.of(
                new TrafficReport("110 国道", date.atTime(7, 30), 3.5, 4.0, false),
                new TrafficReport("五当召景区旅游公路", date.atTime(9, 10), 8.0, 12.5, true));
        return new EvaluationInput(date, null, observations, traffic);
    }

    @Benchmark
    public Evaluation evaluateADay() {
        return engine.evaluate(day);
    }
}
