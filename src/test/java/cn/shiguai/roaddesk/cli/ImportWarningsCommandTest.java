package cn.shiguai.roaddesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import FILE.cap}: warning files through the same command as station files, told apart by content. */
class ImportWarningsCommandTest {
    @TempDir
    Path dir;

    private CliRun run(String... args) {
        return CliRun.of(Stream.concat(Stream.of("--data-dir", dir.resolve("data").toString()), Stream.of(args))
                .toArray(String[]::new));
    }

    private Path sample(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/samples/cap/" + name)) {
            return Files.write(dir.resolve(name), in.readAllBytes());
        }
    }

    @Test
    void aWarningFileIsTakenAndARefusedOneExitsTwoWithItsReport() throws IOException {
        CliRun taken = run("import", sample("road-icing-orange.cap").toString());
        assertEquals(0, taken.status(), taken.out() + taken.err());
        assertEquals("road-icing-orange.cap：已读取预警文件，新收预警信号 1 条（其中更新 0 条、解除 0 条），此前已收到而略过 0 条，"
                + "与本预案无关而略过 0 条", taken.out().strip());

        Path xee = Files.copy(Path.of("/work/shared/external/cap-samples/xee.cap"), dir.resolve("xee.cap"));
        CliRun refused = run("import", xee.toString(), sample("cold-wave-red.cap").toString());
        assertEquals(2, refused.status(), refused.out() + refused.err());
        String[] lines = refused.lines();
        assertEquals("xee.cap：整份预警文件未导入，有 1 处问题：", lines[0]);
        assertTrue(lines[1].contains("文档类型声明（DOCTYPE）"), lines[1]);
        assertTrue(lines[2].startsWith("cold-wave-red.cap：已读取预警文件，新收预警信号 1 条"), "the other file is still taken");

        CliRun log = run("log", "list");
        assertTrue(log.out().contains("收到预警信号：包头市气象台 发布 道路结冰橙色预警（有效至 12月3日 08:00）"), log.out());
    }
}
