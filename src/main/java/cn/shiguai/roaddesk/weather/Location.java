package cn.shiguai.roaddesk.weather;

import java.time.Instant;

/** A monitoring location, e.g. "五当召镇 旅游公路 K12 弯道". */
public record Location(long id, String name, LocationKind kind, String area, String note, String createdBy,
                       Instant createdAt) {
}
