package cn.shiguai.roaddesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code upper-level}: the city's or the region's response recorded and listed, in words. */
class UpperLevelCommandTest {
    @TempDir
    Path dir;

    private CliRun run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dir.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRun.of(all);
    }

    @Test
    void recordedListedAndEnded() {
        CliRun none = run("upper-level", "--list");
        assertEquals(0, none.status(), none.err());
        assertTrue(none.out().contains("目前没有上级响应"), none.out());

        CliRun city = run("upper-level", "--by", "包头市", "--level", "III", "--since", "2026-01-12 08:00",
                "--doc", "包政办发〔2026〕12号", "--entered-by", "李春梅");
        assertEquals(0, city.status(), city.err());
        assertTrue(city.out().contains("已记录：包头市 三级响应（包政办发〔2026〕12号，自 2026-01-12 08:00 起），人工录入"), city.out());
        CliRun region = run("upper-level", "--by", "内蒙古自治区", "--level", "iv", "--since", "2026-01-11 20:00",
                "--source", "自治区应急厅");
        assertEquals(0, region.status(), region.err());

        CliRun listed = run("upper-level", "--list");
        assertEquals(0, listed.status(), listed.err());
        assertEquals("包头市 三级响应（包政办发〔2026〕12号，自 2026-01-12 08:00 起），人工录入\n"
                + "内蒙古自治区 四级响应（自 2026-01-11 20:00 起），来源：自治区应急厅\n", listed.out().replace("\r\n", "\n"));

        CliRun log = run("log", "list");
        assertTrue(log.out().contains("记录上级响应：包头市 启动三级响应（包政办发〔2026〕12号，自 1月12日 08:00 起），由 李春梅 录入"),
                log.out());

        CliRun ended = run("upper-level", "--by", "包头市", "--level", "ended", "--since", "2026-01-12 08:00");
        assertEquals(0, ended.status(), ended.err());
        CliRun after = run("upper-level", "--list");
        assertEquals("内蒙古自治区 四级响应（自 2026-01-11 20:00 起），来源：自治区应急厅\n", after.out().replace("\r\n", "\n"));
        assertTrue(run("log", "verify").status() == 0, "the chain and the records stay intact");
    }

    @Test
    void badInputIsRefusedWithASentence() {
        CliRun level = run("upper-level", "--by", "包头市", "--level", "五级", "--since", "2026-01-12 08:00");
        assertEquals(2, level.status());
        assertTrue(level.err().contains("不认识的响应级别：五级"), level.err());
        CliRun far = run("upper-level", "--by", "包头市", "--level", "III", "--since", "2101-01-01 08:00");
        assertEquals(2, far.status());
        assertTrue(far.err().contains("不在 2000 年至 2100 年之间"), far.err());
        CliRun empty = run("upper-level", "--by", " ", "--level", "III", "--since", "2026-01-12 08:00");
        assertEquals(2, empty.status());
        assertTrue(empty.err().contains("请写明宣布响应的上级"), empty.err());
    }
}
