package cn.shiguai.roaddesk.common.db;

import cn.shiguai.roaddesk.dutylog.DutyLog;
import cn.shiguai.roaddesk.dutylog.LinkType;
import cn.shiguai.roaddesk.dutylog.LogCategory;
import cn.shiguai.roaddesk.dutylog.LogDraft;
import java.nio.file.Path;
import java.time.Clock;

/** Child process: appends entries as fast as it can and prints each number once append returned. */
public final class AppendUntilKilled {

    private AppendUntilKilled() {
    }

    public static void main(String[] args) {
        Database db = Database.open(DataDirectory.of(Path.of(args[0])), Clock.systemUTC());
        DutyLog log = new DutyLog(db);
        System.out.println("READY");
        System.out.flush();
        for (int i = 0; ; i++) {
            int n = i;
            long seq = db.write(txn -> log.append(txn, LogDraft.of("子进程", LogCategory.SYSTEM,
                    "第 " + n + " 条，写入中被强行终止的测试").concerning(LinkType.READING, n)));
            System.out.println("APPENDED " + seq);
            System.out.flush();
        }
    }
}
