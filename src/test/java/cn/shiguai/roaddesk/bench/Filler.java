package cn.shiguai.roaddesk.bench;

import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.common.db.Jdbc;
import cn.shiguai.roaddesk.dutylog.DutyLog;
import cn.shiguai.roaddesk.dutylog.LinkType;
import cn.shiguai.roaddesk.dutylog.LogCategory;
import cn.shiguai.roaddesk.dutylog.LogDraft;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Random;

/** Realistic-looking data for the benchmark, written in batched transactions. */
final class Filler {
    private static final String[] PLACES = {"吉忽伦图苏木", "五当召镇", "石拐街道", "大磁街道", "大发街道", "白狐沟街道",
        "大德恒街道", "喜桂图新区", "石拐工业园区", "五当召景区旅游公路"};
    private static final String[] SPOTS = {"K12 弯道", "大桥", "长坡", "路口", "隧道口", "收费站"};
    private static final String[] TEMPLATES = {
        "%s%s积雪 %d 厘米，路面结冰，已通知交管大队", "交管大队来电：%s%s车辆排队约 %d 公里",
        "去电交通运输局，请求派铲雪车前往%s%s，预计 %d 分钟到达", "%s%s道路封闭，绕行路线已发布，滞留车辆 %d 辆",
        "应急办主任指示：加强%s%s巡查，每 %d 小时报告一次", "观察：%s%s气温下降，路面湿滑，能见度 %d 米",
        "备注：%s%s撒融雪剂 %d 吨，已完成"};
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final Database db;
    private final LocalDate firstDay;
    private final int days;
    private final Random random = new Random(20260112);

    Filler(Database db, LocalDate firstDay, int days) {
        this.db = db;
        this.firstDay = firstDay;
        this.days = days;
    }

    void readings(int count) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO monitoring_location (name, kind, created_by, "
                    + "created_at) VALUES (?, ?, '基准测试', CURRENT_TIMESTAMP)")) {
                for (int i = 0; i < 20; i++) {
                    ps.setString(1, PLACES[i % PLACES.length] + " " + SPOTS[i % SPOTS.length] + " " + i);
                    ps.setString(2, i < 16 ? "DISTRICT" : "NEIGHBOUR");
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
        String sql = "INSERT INTO reading (location_id, observed_at, recorded_at, source, entered_by, snow_depth_cm, "
                + "road_ice_thickness_cm, road_icing, freezing_phenomenon, air_temp_c) "
                + "VALUES (?, ?, ?, 'MANUAL', '基准测试', ?, ?, ?, 'NONE', ?)";
        for (int done = 0; done < count; done += 10_000) {
            int batch = Math.min(10_000, count - done);
            int offset = done;
            db.write(c -> {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    for (int i = 0; i < batch; i++) {
                        Instant at = timeOf(offset + i, count);
                        ps.setLong(1, 1 + random.nextInt(20));
                        Jdbc.setInstant(ps, 2, at);
                        Jdbc.setInstant(ps, 3, at.plusSeconds(120));
                        ps.setDouble(4, random.nextInt(400) / 10.0);
                        ps.setDouble(5, random.nextInt(40) / 10.0);
                        ps.setBoolean(6, random.nextBoolean());
                        ps.setDouble(7, -25 + random.nextInt(300) / 10.0);
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                return null;
            });
        }
    }

    void logEntries(int count) {
        DutyLog log = new DutyLog(db);
        LogCategory[] categories = LogCategory.values();
        for (int done = 0; done < count; done += 2_000) {
            int batch = Math.min(2_000, count - done);
            int offset = done;
            db.write(c -> {
                for (int i = 0; i < batch; i++) {
                    String text = String.format(TEMPLATES[random.nextInt(TEMPLATES.length)],
                            PLACES[random.nextInt(PLACES.length)], SPOTS[random.nextInt(SPOTS.length)],
                            1 + random.nextInt(60));
                    LogDraft draft = LogDraft.of(random.nextInt(4) == 0 ? "系统" : "值班员" + random.nextInt(6),
                            categories[random.nextInt(categories.length)], text)
                            .occurredAt(timeOf(offset + i, count));
                    if (random.nextInt(3) == 0) {
                        draft = draft.concerning(LinkType.READING, 1 + random.nextInt(200_000));
                    }
                    log.append(c, draft);
                }
                return null;
            });
        }
    }

    /** Spreads n items evenly over the days, in order. */
    private Instant timeOf(long index, long total) {
        long seconds = (long) days * 86_400L * index / total;
        return firstDay.atStartOfDay(ZONE).toInstant().plusSeconds(seconds);
    }
}
