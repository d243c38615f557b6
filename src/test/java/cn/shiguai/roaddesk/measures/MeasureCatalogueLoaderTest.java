package cn.shiguai.roaddesk.measures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.common.data.DataFileException;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.roster.Rosters;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MeasureCatalogueLoaderTest {
    private static final String SOURCE = "test-measures.json";
    private static final MeasureCatalogueLoader LOADER = new MeasureCatalogueLoader(Rosters.of2019());

    /** One measure per level and one task: the smallest catalogue the loader accepts. */
    private static final String SMALL = """
            {"catalogue": "测试", "version": 1,
             "measures": [
              {"id": "I.1", "level": "I", "number": 1, "title": "一级一", "text": "一级措施。", "lead": ["LEADER"], "supporting": ["TRAFFIC_POLICE"]},
              {"id": "I.2", "level": "I", "number": 2, "title": "一级二", "text": "一级措施二。", "lead": ["ALL"], "supporting": []},
              {"id": "II.1", "level": "II", "number": 1, "title": "二级一", "text": "二级措施。", "lead": ["TRANSPORT"], "supporting": []},
              {"id": "III.1", "level": "III", "number": 1, "title": "三级一", "text": "三级措施。", "lead": ["TRANSPORT"], "supporting": []},
              {"id": "IV.1", "level": "IV", "number": 1, "title": "四级一", "text": "四级措施。", "lead": ["TRANSPORT"], "supporting": []}
             ],
             "standingTasks": [
              {"id": "T.DAILY_REPORT", "levels": ["III", "IV"], "section": "§九(一)", "title": "日报", "text": "每天报告。", "lead": ["EMERGENCY_OFFICE"], "supporting": [], "when": "ALWAYS"}
             ]}
            """;

    @Test
    void theSmallCatalogueLoads() {
        MeasureCatalogue catalogue = load(SMALL);
        assertEquals(5, catalogue.measures().size());
        assertEquals(1, catalogue.standingTasks().size());
    }

    @Test
    void aFileOnDiskIsReadLikeThePackagedOne(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("measures.json");
        try (var in = MeasureCatalogueLoader.class.getResourceAsStream(MeasureCatalogueLoader.DEFAULT_RESOURCE)) {
            Files.write(file, in.readAllBytes());
        }
        assertEquals(LOADER.loadDefault(), LOADER.load(file));
    }

    /** Each broken file names the file and the field, so whoever edited it can find the mistake. */
    @ParameterizedTest(name = "{2}: {3}")
    @CsvSource(delimiter = '|', value = {
        "\"lead\": [\"LEADER\"] | \"lead\": [\"MAYOR\"] | measures[0].lead[0] | datafile.problem.unknownPosition",
        "\"supporting\": [\"TRAFFIC_POLICE\"] | \"supporting\": [\"LEADER\"] | measures[0].supporting[0] | datafile.problem.leadAndSupporting",
        "\"lead\": [\"ALL\"] | \"lead\": [\"ALL\", \"FIRE\"] | measures[1].lead[0] | datafile.problem.allAlone",
        "\"lead\": [\"TRANSPORT\"] | \"lead\": [] | measures[2].lead | datafile.problem.empty",
        "\"id\": \"II.1\" | \"id\": \"II.2\" | measures[2].id | datafile.problem.measureId",
        "\"level\": \"II\", \"number\": 1 | \"level\": \"II\", \"number\": 2 | measures[2].number | datafile.problem.numberOrder",
        "\"level\": \"III\" | \"level\": \"3\" | measures[3].level | datafile.problem.level",
        "\"text\": \"二级措施。\" | \"text\": \"二级\\n措施。\" | measures[2].text | datafile.problem.unjoinedText",
        "\"title\": \"二级一\" | \"title\": \"这是一个远远超过十四个字的措施简称呀\" | measures[2].title | datafile.problem.titleLength",
        "\"title\": \"二级一\" | \"titel\": \"二级一\" | measures[2].titel | datafile.problem.unknownKey",
        "\"id\": \"IV.1\", \"level\": \"IV\", \"number\": 1 | \"id\": \"III.2\", \"level\": \"III\", \"number\": 2 | measures | datafile.problem.levelWithoutMeasures",
        "\"when\": \"ALWAYS\" | \"when\": \"SOMETIMES\" | standingTasks[0].when | datafile.problem.when",
        "\"id\": \"T.DAILY_REPORT\" | \"id\": \"DAILY_REPORT\" | standingTasks[0].id | datafile.problem.taskId",
        "\"id\": \"T.DAILY_REPORT\" | \"id\": \"I.1\" | standingTasks[0].id | datafile.problem.duplicate",
        "\"levels\": [\"III\", \"IV\"] | \"levels\": [\"III\", \"III\"] | standingTasks[0].levels[1] | datafile.problem.duplicate",
        "\"levels\": [\"III\", \"IV\"] | \"levels\": [] | standingTasks[0].levels | datafile.problem.empty",
        "\"version\": 1 | \"version\": 0 | version | datafile.problem.positive",
        "\"version\": 1 | \"version\": \"1\" | version | datafile.problem.integer"})
    void aBrokenCatalogueIsRefusedNamingTheField(String find, String replace, String field, String problemKey) {
        assertTrue(SMALL.contains(find), find);
        DataFileException e = assertThrows(DataFileException.class,
                () -> load(SMALL.replaceFirst(Pattern.quote(find), Matcher.quoteReplacement(replace))));
        assertEquals(SOURCE, e.file());
        assertEquals(field, e.field());
        assertEquals(problemKey, e.problemKey());
        assertTrue(e.getMessage().startsWith("数据文件 test-measures.json 有误，字段 " + field + "："), e.getMessage());
        assertFalse(e.message(Messages.english()).contains("!"), e.message(Messages.english()));
    }

    @Test
    void notJsonIsRefused() {
        DataFileException e = assertThrows(DataFileException.class, () -> load("{\"catalogue\": "));
        assertEquals("datafile.problem.notJson", e.problemKey());
    }

    @Test
    void aDuplicateKeyIsRefusedRatherThanOneValueSilentlyWinning() {
        DataFileException e = assertThrows(DataFileException.class,
                () -> load(SMALL.replace("\"version\": 1,", "\"version\": 1, \"version\": 2,")));
        assertEquals("datafile.problem.notJson", e.problemKey());
    }

    private static MeasureCatalogue load(String text) {
        return LOADER.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), SOURCE);
    }
}
