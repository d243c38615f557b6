package cn.shiguai.roaddesk.weather;

import cn.shiguai.roaddesk.rules.TrafficReport;
import java.time.Instant;

/** A kept traffic report with who entered it and when. */
public record TrafficRecord(long id, TrafficReport report, String enteredBy, Instant recordedAt) { }
