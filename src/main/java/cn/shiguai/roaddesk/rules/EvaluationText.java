package cn.shiguai.roaddesk.rules;

import cn.shiguai.roaddesk.common.i18n.Messages;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Renders an evaluation as sentences in one language, for the window, the command line and
 * the reports alike, so all three explain a level in the same words.
 */
public final class EvaluationText {
    private final Messages messages;
    private final DecimalFormat number;
    private final DateTimeFormatter time;

    private final int persistentDays;
    private final String planTitle;
    private final String ruleSetName;
    private final java.time.ZoneId zone;

    public EvaluationText(Messages messages, RuleSet ruleSet) {
        this.messages = messages;
        this.persistentDays = ruleSet.persistentSnowDays();
        this.planTitle = ruleSet.title();
        this.ruleSetName = ruleSet.name();
        this.zone = ruleSet.zone();
        this.number = new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(messages.locale()));
        this.time = DateTimeFormatter.ofPattern(messages.get("format.readingTime"), messages.locale());
    }

    public Messages messages() {
        return messages;
    }

    /** The district's time zone, in which every time is shown. */
    public java.time.ZoneId zone() {
        return zone;
    }

    /** The rule set's name, e.g. 石府办发〔2019〕2号. */
    public String ruleSetName() {
        return ruleSetName;
    }

    /** The plan the rule set comes from, for citing its sentences. */
    public String planTitle() {
        return planTitle;
    }

    /** "二级（重大）", "Level II (major)", "无需响应". */
    public String levelName(ResponseLevel level) {
        return messages.get("level." + level.code() + ".name");
    }

    /** "二级", "II", "无" — for badges. */
    public String levelShort(ResponseLevel level) {
        return messages.get("level." + level.code() + ".short");
    }

    public String clauseLabel(ClauseKind kind) {
        return messages.format("clause." + kind.name(), persistentDays);
    }

    public String unit(ClauseKind kind) {
        return kind.unit() == null ? "" : messages.get("unit." + kind.unit());
    }

    public String number(double value) {
        return number.format(value);
    }

    public String quantity(ClauseKind kind, Double value) {
        if (value == null) {
            return messages.get("value.none");
        }
        return number(value) + " " + unit(kind);
    }

    /** "≥ 30 厘米", "> 20 厘米", "≤ 0 ℃", "出现", "可能发生". */
    public String threshold(Threshold t) {
        if (t.value() == null) {
            return messages.get("word." + t.word().name());
        }
        return t.word().symbol() + " " + quantity(t.kind(), t.value());
    }

    public String truth(Truth truth) {
        return messages.get("truth." + truth.name());
    }

    /** The observed side of a clause: the value, or for occurrences what was reported. */
    public String observed(ClauseResult c) {
        Evidence e = c.evidence();
        if (c.kind() == ClauseKind.PERSISTENT_SNOW && !e.dailyMaxima().isEmpty()) {
            String days = e.dailyMaxima().stream().map(this::number).collect(Collectors.joining(" / "));
            return messages.format("observed.run", quantity(c.kind(), e.value()), days + " " + unit(c.kind()));
        }
        if (c.kind().group() == ClauseKind.Group.TRAFFIC && e.time() == null && e.location() == null) {
            // No traffic report today: the engine weighs it as nothing cut, but it was not
            // reported, and "0 小时 / 0 公里" would say the roads were checked and clear.
            return messages.get("observed.notReported");
        }
        if (c.kind().isQuantity()) {
            if (e.value() == null && c.kind() == ClauseKind.DAILY_MEAN_TEMP) {
                return messages.get("observed.meanUnknown");
            }
            return e.value() == null ? messages.get("observed.notMeasured") : quantity(c.kind(), e.value());
        }
        if (c.truth() == Truth.MET) {
            return e.phenomenon() != null && e.phenomenon().isPresent()
                    ? messages.get("phenomenon." + e.phenomenon().name())
                    : messages.get("observed.present");
        }
        return c.truth() == Truth.UNKNOWN ? messages.get("observed.notReported") : messages.get("observed.absent");
    }

    /** "石拐 主干道 K35 · 02-03 08:00", or empty when the clause has no reading behind it. */
    public String where(Evidence e) {
        String location = e.location() == null ? "" : e.location();
        String when = e.time() == null ? "" : time(e.time());
        if (location.isEmpty() || when.isEmpty()) {
            return location + when;
        }
        return location + " · " + when;
    }

    private String whereInParens(Evidence e) {
        String where = where(e);
        return where.isEmpty() ? "" : messages.format("where.paren", where);
    }

    public String time(LocalDateTime t) {
        return time.format(t);
    }

    public String warning(Warning w) {
        return switch (w.kind()) {
            case MEAN_TEMP_UNKNOWN_LEVEL_WOULD_HOLD -> messages.format("warning.meanUnknown.wouldHold", levelName(w.level()));
            case MEAN_TEMP_UNKNOWN -> messages.get("warning.meanUnknown");
        };
    }

    public List<String> warnings(Evaluation e) {
        return e.warnings().stream().map(this::warning).toList();
    }

    /** One line: "二级需积雪深度 ≥ 20 厘米；目前最深 17 厘米（喜桂图新区 环城路 · 02-03 08:10）". */
    public String nextLevelSummary(Evaluation e) {
        NextLevel next = e.next();
        if (next == null) {
            return messages.get("next.none");
        }
        return next.closest()
                .map(c -> messages.format(c.kind() == ClauseKind.DAILY_MEAN_TEMP ? "next.cold" : "next.closest",
                        levelShort(next.level()), clauseLabel(c.kind()), threshold(c.threshold()),
                        quantity(c.kind(), c.evidence().value()), whereInParens(c.evidence())))
                .orElseGet(() -> messages.format("next.generic", levelShort(next.level()),
                        next.missing().stream().map(c -> clauseLabel(c.kind()) + " " + threshold(c.threshold()))
                                .collect(Collectors.joining(messages.get("list.or")))));
    }

    /** Why the level is what it is, in one sentence. */
    public String verdict(Evaluation e) {
        if (e.level() == ResponseLevel.NONE) {
            return messages.get("verdict.none");
        }
        LevelResult r = e.result(e.level());
        String reasons = r.clauses().stream()
                .filter(ClauseResult::met)
                .filter(c -> r.traffic() == Truth.MET ? c.kind().group() == ClauseKind.Group.TRAFFIC
                        : c.kind().group() != ClauseKind.Group.TRAFFIC)
                .map(c -> clauseLabel(c.kind()) + " " + observed(c)
                        + whereInParens(c.evidence()))
                .collect(Collectors.joining(messages.get("list.and")));
        return messages.format("verdict.level", levelName(e.level()), reasons);
    }

    public String meanSource(MeanTemperature m) {
        return switch (m.source()) {
            case ENTERED -> messages.get("mean.entered");
            case COMPUTED -> messages.format("mean.computed", m.readingCount());
            case UNKNOWN -> messages.get("mean.unknown");
        };
    }
}
