package cn.shiguai.roaddesk.backup;

import cn.shiguai.roaddesk.dutylog.ChainReport;
import java.nio.file.Path;

/** A backup (or restored copy) and what verifying its duty-log chain found. */
public record BackupCheck(Path file, ChainReport chain) {
    public boolean verified() {
        return chain.intact();
    }
}
