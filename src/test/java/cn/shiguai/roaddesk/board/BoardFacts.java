package cn.shiguai.roaddesk.board;

import cn.shiguai.roaddesk.dutylog.OpenCallback;
import cn.shiguai.roaddesk.dutylog.PhoneCall;
import cn.shiguai.roaddesk.measures.MeasureStatus;
import cn.shiguai.roaddesk.measures.OwedItem;
import cn.shiguai.roaddesk.measures.Share;
import cn.shiguai.roaddesk.report.DocumentKind;
import cn.shiguai.roaddesk.report.DocumentNumber;
import cn.shiguai.roaddesk.report.store.IssuedSummary;
import cn.shiguai.roaddesk.rules.Evaluation;
import cn.shiguai.roaddesk.rules.EvaluationInput;
import cn.shiguai.roaddesk.rules.Observation;
import cn.shiguai.roaddesk.rules.ResponseLevel;
import cn.shiguai.roaddesk.rules.RuleSet;
import cn.shiguai.roaddesk.rules.RuleSetLoader;
import cn.shiguai.roaddesk.rules.RulesEngine;
import cn.shiguai.roaddesk.situation.ActiveResponse;
import cn.shiguai.roaddesk.situation.Situation;
import cn.shiguai.roaddesk.weather.LatestReading;
import cn.shiguai.roaddesk.weather.LocationKind;
import cn.shiguai.roaddesk.weather.ReadingDraft;
import cn.shiguai.roaddesk.weather.ReadingRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** The things a board is made of, built by hand in the district's time. */
final class BoardFacts {
    static final RuleSet RULES = new RuleSetLoader().loadDefault();
    static final ZoneId ZONE = RULES.zone();
    static final BoardSettings SETTINGS = new BoardSettings(3, 60, LocalTime.of(18, 30), 4, true, 5);

    private BoardFacts() {
    }

    static Instant local(String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(ZONE).toInstant();
    }

    /** The day's situation with this much snow at one point, and the response given (or none). */
    static Situation situation(double snowCm, ActiveResponse active) {
        LocalDate day = LocalDate.of(2026, 1, 12);
        Evaluation evaluation = new RulesEngine(RULES).evaluate(new EvaluationInput(day, -5.0,
                List.of(Observation.at("K35", day.atTime(0, 30)).snowDepthCm(snowCm).build()), List.of()));
        return new Situation(1, day, Instant.EPOCH, evaluation, Optional.ofNullable(active), "王海燕");
    }

    static ActiveResponse inForce(ResponseLevel level, Instant since) {
        return new ActiveResponse(1, level, since, since, "刘雪峰", "decision.capacity.OFFICE_DIRECTOR");
    }

    static LatestReading point(String name, LocationKind kind, String observedLocal, long id) {
        Observation o = Observation.at(name, LocalDateTime.parse(observedLocal)).snowDepthCm(5.0).build();
        return new LatestReading(name, kind, new ReadingRecord(id, new ReadingDraft(o, kind, null, null), "王海燕",
                local(observedLocal)));
    }

    static OwedItem owed(long id, MeasureStatus status, Instant addedAt, String note) {
        return new OwedItem(id, "TRAFFIC_POLICE", "交警大队", 3, "李强", Share.LEAD, "M.II.3", "实行交通管制",
                "对结冰路段实行交通管制", status, status == MeasureStatus.NOT_STARTED ? null : addedAt, "李强", note,
                addedAt, status == MeasureStatus.NOT_STARTED ? null : addedAt, OwedItem.NO_UPDATE);
    }

    static OpenCallback callback(long id, String caller, Instant due) {
        return new OpenCallback(id, 10 + id, new PhoneCall(PhoneCall.Direction.IN, caller, "石拐镇", "0472-1234567", due),
                "询问路况", due.minusSeconds(3600), "王海燕");
    }

    static IssuedSummary issued(DocumentKind kind, Instant at) {
        return new IssuedSummary(1, DocumentNumber.first(kind, 2026, 1), null, kind.chineseName(), at, "刘雪峰", "00",
                "{}", false);
    }
}
