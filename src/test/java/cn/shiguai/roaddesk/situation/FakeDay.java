package cn.shiguai.roaddesk.situation;

import cn.shiguai.roaddesk.common.db.TestClock;
import cn.shiguai.roaddesk.common.events.ChangeBus;
import cn.shiguai.roaddesk.rules.EvaluationInput;
import cn.shiguai.roaddesk.rules.Observation;
import cn.shiguai.roaddesk.rules.ResponseLevel;
import cn.shiguai.roaddesk.rules.RuleSet;
import cn.shiguai.roaddesk.rules.RuleSetLoader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A desk's inputs held in memory: snow readings by day, the response in force and the officer,
 * which a test changes and then announces, as the stores and services would.
 */
public final class FakeDay {
    public static final RuleSet RULES = new RuleSetLoader().loadDefault();

    public final TestClock clock;
    public final ChangeBus changes = new ChangeBus();
    public final List<LocalDate> daysAsked = new ArrayList<>();
    public volatile Double snowCm;
    public volatile Optional<ActiveResponse> active = Optional.empty();
    public volatile String officer = "王海燕";

    public FakeDay(String instant) {
        this.clock = TestClock.at(instant);
    }

    /** The situation service over these inputs, recomputing on the thread that announces a change. */
    public SituationService service() {
        return new SituationService(() -> RULES, this::input, () -> active, () -> officer, clock, Runnable::run)
                .listenTo(changes);
    }

    public static ActiveResponse inForce(ResponseLevel level) {
        return new ActiveResponse(1, level, Instant.EPOCH, Instant.EPOCH, "刘雪峰", "decision.capacity.OFFICE_DIRECTOR");
    }

    private EvaluationInput input(LocalDate day) {
        daysAsked.add(day);
        Double snow = snowCm;
        List<Observation> readings = snow == null ? List.of()
                : List.of(Observation.at("K35", day.atTime(0, 30)).snowDepthCm(snow).build());
        return new EvaluationInput(day, -5.0, readings, List.of());
    }
}
