package cn.shiguai.roaddesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 16, finding 9: every command given what a careless script or an attacker would give
 * it. Each ends with its exit status (2 for input refused; 1 where the store or a file fails)
 * and a sentence: no "Exception", no stack trace line. In-process through the launcher's
 * command line, as the jar runs it.
 */
class HostileArgumentsTest {
    @TempDir
    static Path dir;

    private static Path data;
    private static Path scenarios;

    @BeforeAll
    static void aDesk() {
        data = dir.resolve("data");
        CliRun added = CliRun.of("--data-dir", data.toString(), "log", "add", "一条记录");
        assertEquals(0, added.status(), added.err());
        scenarios = dir.resolve("scenarios");
        try {
            Files.createDirectories(scenarios);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String scenario(String name, String json) {
        try {
            return Files.writeString(scenarios.resolve(name + ".json"), json, StandardCharsets.UTF_8).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String file(String name, byte[] bytes) {
        try {
            return Files.write(dir.resolve(name), bytes).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String observation(String field, String number) {
        return "{\"date\":\"2026-01-12\",\"dailyMeanTempC\":-8,\"observations\":[{\"location\":\"白狐沟\","
                + "\"time\":\"2026-01-12T08:00\",\"" + field + "\":" + number + "}]}";
    }

    private static Arguments row(int status, String... args) {
        return Arguments.of(status, List.of(args));
    }

    private static Arguments store(int status, String... args) {
        return Arguments.of(status, Stream.concat(Stream.of("--data-dir", data.toString()), Stream.of(args)).toList());
    }

    static Stream<Arguments> hostile() {
        String db = data.resolve("roaddesk.mv.db").toString();
        String digits = "1" + "0".repeat(1000);
        List<Arguments> rows = new ArrayList<>(List.of(
            row(2, "evaluate", dir.resolve("none.json").toString()),
            row(2, "evaluate", dir.toString()),
            row(2, "evaluate", scenario("empty", "")),
            row(2, "evaluate", scenario("garbage", "积雪很深")),
            row(2, "evaluate", scenario("nan", "{\"date\":\"2026-01-12\",\"dailyMeanTempC\":NaN}")),
            row(2, "evaluate", scenario("deep", "[".repeat(5000))),
            row(2, "evaluate", scenario("dup", "{\"date\":\"2026-01-12\",\"date\":\"2026-01-13\"}")),
            row(2, "evaluate", scenario("farPast", "{\"date\":\"-999999999-01-01\"}")),
            row(2, "evaluate", scenario("farFuture", "{\"date\":\"+999999999-12-31\"}")),
            row(2, "evaluate", scenario("after2100", "{\"date\":\"2101-01-01\"}")),
            row(2, "evaluate", scenario("before2000", "{\"date\":\"1999-12-31\"}")),
            row(2, "evaluate", scenario("timeFarPast", "{\"date\":\"2026-01-12\",\"observations\":[{\"location\":\"白狐沟\","
                    + "\"time\":\"-999999999-01-01T00:00\"}]}")),
            row(2, "evaluate", scenario("timeOffsetFar", "{\"date\":\"2026-01-12\",\"observations\":[{\"location\":\"白狐沟\","
                    + "\"time\":\"+999999999-12-31T23:59:59-18:00\"}]}")),
            row(2, "evaluate", scenario("justAbove", observation("snowDepthCm", "300.0000000000000001"))),
            row(2, "evaluate", scenario("justBelow", observation("snowDepthCm", "-0.0000000000000001"))),
            row(2, "evaluate", scenario("underflow", observation("snowDepthCm", "1e-400"))),
            row(2, "evaluate", scenario("negUnderflow", observation("airTempC", "-1e-400"))),
            row(2, "evaluate", scenario("huge", observation("airTempC", "1e400"))),
            row(2, "evaluate", scenario("longNumber", observation("snowDepthCm", digits))),
            row(2, "evaluate", scenario("longFraction", observation("snowDepthCm", "1." + "0".repeat(2000) + "1"))),
            row(2, "evaluate", scenario("queue", "{\"date\":\"2026-01-12\",\"traffic\":{\"queueKm\":300.000000000000000001}}")),
            row(2, "evaluate", "--rule-set", dir.resolve("none.json").toString(), scenario("ok", observation("snowDepthCm", "3"))),
            row(2, "evaluate", "--rule-set", scenario("badRules", "{\"name\":"), scenario("ok2", observation("snowDepthCm", "3"))),
            row(2, "evaluate", "a\u0000b.json"),
            row(2, "evaluate"),
            row(2, "no-such-command"),
            row(2, "log", "--bogus"),
            store(2, "log", "add"),
            store(2, "log", "add", ""),
            store(2, "log", "add", "\u200B"),
            store(2, "log", "add", "来电\u001b[2J"),
            store(2, "log", "add", "路段\u202E"),
            store(2, "log", "add", "字".repeat(4001)),
            store(2, "log", "add", "\uFFFD"),
            store(2, "log", "add", "--category", "DECISION", "启动一级响应"),
            store(2, "log", "add", "--category", "\u001b[31m", "记录"),
            store(2, "log", "add", "--text-file", dir.resolve("none.txt").toString()),
            store(2, "log", "add", "--text-file", dir.toString()),
            store(2, "log", "add", "--text-file", file("binary.bin", new byte[] {(byte) 0xFF, (byte) 0xFE, 0, (byte) 0x81})),
            store(2, "log", "add", "--text-file", file("ok.txt", "记录".getBytes(StandardCharsets.UTF_8)), "又一条"),
            store(2, "log", "list", "--from", "-999999999-01-01"),
            store(2, "log", "list", "--to", "+999999999-12-31"),
            store(2, "log", "list", "--from", "2026-13-01"),
            store(2, "log", "list", "--from", "1999-12-31"),
            store(2, "log", "list", "--to", "2101-01-01"),
            store(2, "log", "list", "--from", "2026-01-13", "--to", "2026-01-12"),
            store(2, "log", "list", "--format", "xml"),
            store(2, "log", "verify", "extra"),
            store(2, "user", "add"),
            store(2, "user", "add", "张三"),
            store(2, "user", "add", "--role", "boss", "张三"),
            store(2, "user", "add", "--role", "\u001b[31m", "张三"),
            store(2, "user", "add", "--role", "admin", " "),
            store(2, "user", "add", "--role", "admin", "王\u001b[2J"),
            store(2, "user", "add", "--role", "admin", "字".repeat(101)),
            store(2, "user", "add", "--role", "admin", "张三", "--person", "不在名册的人"),
            store(2, "user", "add", "--role", "admin", "张三", "--password", "secret-secret"),
            store(2, "user", "add", "--role", "admin", "张三", "secret-secret"),
            store(2, "user", "passwd", "无此人"),
            store(2, "user", "passwd"),
            store(2, "user", "disable", "无此人"),
            store(2, "user", "unlock", "无此人"),
            store(2, "user", "list", "extra"),
            store(2, "upper-level"),
            store(2, "upper-level", "--list", "--by", "包头市"),
            store(2, "upper-level", "--by", "", "--level", "III", "--since", "2026-12-02 08:00"),
            store(2, "upper-level", "--by", "\u200B", "--level", "III", "--since", "2026-12-02 08:00"),
            store(2, "upper-level", "--by", "包头市\u001b[2J", "--level", "III", "--since", "2026-12-02 08:00"),
            store(2, "upper-level", "--by", "包头市", "--level", "V", "--since", "2026-12-02 08:00"),
            store(2, "upper-level", "--by", "包头市", "--level", "\u001b[31m", "--since", "2026-12-02 08:00"),
            store(2, "upper-level", "--by", "包头市", "--level", "III", "--since", "2101-01-01 00:00"),
            store(2, "upper-level", "--by", "包头市", "--level", "III", "--since", "1999-12-31 23:59"),
            store(2, "upper-level", "--by", "包头市", "--level", "III", "--since", "+999999999-12-31 00:00"),
            store(2, "upper-level", "--by", "包头市", "--level", "III", "--since", "2026-02-30 08:00"),
            store(2, "upper-level", "--by", "包头市", "--level", "III", "--since", "明天早上"),
            store(2, "upper-level", "--by", "包头市", "--level", "III"),
            store(2, "upper-level", "--by", "包头市", "--level", "III", "--since", "2026-12-02 08:00", "--doc", "字".repeat(201)),
            store(2, "upper-level", "--by", "包头市", "--level", "III", "--since", "2026-12-02 08:00", "--entered-by", ""),
            store(2, "backup", db),
            store(2, "backup", data.resolve("backups").resolve("..").resolve("roaddesk.mv.db").toString()),
            store(2, "backup", dir.toString()),
            store(2, "backup", ""),
            store(2, "backup", file("exists.zip", new byte[] {1})),
            store(1, "restore", dir.resolve("none.zip").toString()),
            row(1, "--data-dir", dir.resolve("fresh").toString(), "restore", file("notazip.zip", "不是压缩文件".getBytes(StandardCharsets.UTF_8))),
            row(1, "--data-dir", dir.resolve("fresh2").toString(), "restore", dir.toString()),
            store(2, "report", "weekly", "--date", "2026-01-12", "--out", dir.resolve("r1.pdf").toString()),
            store(2, "report", "daily", "--date", "-999999999-01-01", "--out", dir.resolve("r2.pdf").toString()),
            store(2, "report", "daily", "--date", "+999999999-12-31", "--out", dir.resolve("r3.pdf").toString()),
            store(2, "report", "daily", "--date", "2101-01-01", "--out", dir.resolve("r4.pdf").toString()),
            store(2, "report", "daily", "--date", "1999-12-31", "--out", dir.resolve("r5.pdf").toString()),
            store(2, "report", "daily", "--date", "2026-02-30", "--out", dir.resolve("r6.pdf").toString()),
            store(2, "report", "daily", "--date", "2999-01-01", "--out", dir.resolve("r7.pdf").toString()),
            store(2, "report", "daily", "--date", "2026-01-12", "--out", db),
            store(2, "report", "daily", "--date", "2026-01-12", "--out", dir.toString()),
            store(2, "report", "daily", "--date", "2026-01-12", "--out", dir.resolve("no").resolve("r.pdf").toString()),
            store(2, "report", "daily", "--date", "2026-01-12", "--out", dir.resolve("r8.pdf").toString(), "--by", " "),
            store(2, "report", "daily", "--date", "2026-01-12", "--out", dir.resolve("r9.pdf").toString(), "--by", "王\u001b"),
            store(2, "report", "daily", "--date", "2026-01-12"),
            row(2, "--data-dir", "a\u0000b", "log", "list"),
            row(1, "--data-dir", file("a-file", new byte[] {1}), "log", "list")));
        return rows.stream();
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("hostile")
    void everyCommandEndsInASentence(int status, List<String> args) {
        CliRun run = CliRun.of(args.toArray(String[]::new));
        String said = run.out() + run.err();
        String shown = said.length() > 600 ? said.substring(0, 600) + "…" : said;
        assertEquals(status, run.status(), shown);
        assertFalse(said.isBlank(), "a sentence must say why");
        assertFalse(said.contains("Exception"), shown);
        assertFalse(said.contains("\tat "), shown);
    }

    /** Numbers are judged on their text and named by their field, the long ones too. */
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("numbers")
    void aNumberRefusedNamesItsFieldAndWhy(String name, String json, String said) {
        CliRun run = CliRun.of("evaluate", scenario(name, json));
        assertEquals(2, run.status(), run.out());
        org.junit.jupiter.api.Assertions.assertTrue(run.out().contains(said), run.out());
    }

    static Stream<Arguments> numbers() {
        return Stream.of(
            Arguments.of("n1", observation("snowDepthCm", "300.0000000000000001"),
                    "observations[0].snowDepthCm：300.0000000000000001 超出范围"),
            Arguments.of("n2", observation("snowDepthCm", "1e-400"), "observations[0].snowDepthCm：数值 1E-400 太小"),
            Arguments.of("n3", observation("airTempC", "-1e-400"), "observations[0].airTempC：数值 -1E-400 太小"),
            Arguments.of("n4", observation("snowDepthCm", "1" + "0".repeat(1000)),
                    "observations[0].snowDepthCm：数字过长（1001 位有效数字）"),
            Arguments.of("n5", observation("snowDepthCm", "9".repeat(200_000)), "observations[0].snowDepthCm"),
            Arguments.of("n6", "{\"date\":\"-999999999-01-01\"}", "date：日期超出范围"));
    }
}
