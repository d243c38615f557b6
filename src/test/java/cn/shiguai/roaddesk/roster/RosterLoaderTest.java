package cn.shiguai.roaddesk.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.common.data.DataFileException;
import cn.shiguai.roaddesk.common.i18n.Messages;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RosterLoaderTest {
    private static final Roster ROSTER = Rosters.of2019();
    private static final LocalDate DAY = LocalDate.of(2019, 6, 1);

    /** Domain §5, row by row. */
    @ParameterizedTest(name = "{0} {2}")
    @CsvSource({
        "LEADER,区政府副区长、区公安分局局长,张占良,LEADER,true",
        "GOV_OFFICE,区政府办公室主任,高慧,DEPUTY,true",
        "TRANSPORT,区交通运输局局长,李新明,DEPUTY,true",
        "TRAFFIC_POLICE,区交管大队大队长,刘雪峰,DEPUTY,true",
        "FIRE,区消防大队大队长,苗永旺,DEPUTY,true",
        "CIVIL_AFFAIRS,区民政局局长,王旭东,DEPUTY,true",
        "HEALTH,区卫计局局长,李建华,DEPUTY,true",
        "POLICE,区公安分局副局长,张飞雄,DEPUTY,true",
        "EMERGENCY_OFFICE,应急办公室,刘雪峰,OFFICE,false"})
    void theRosterOf2019IsThatOfThePlan(String key, String title, String person, GroupRole role, boolean member) {
        Position position = ROSTER.requirePosition(key);
        assertEquals(title, position.title());
        assertEquals(role, position.groupRole());
        assertEquals(member, position.memberUnit());
        Term holder = ROSTER.holderOn(key, DAY).orElseThrow();
        assertEquals(person, holder.person(), "written as the plan writes it, without the typesetting space");
        assertEquals(LocalDate.of(2019, 1, 1), holder.start());
        assertTrue(holder.isOpen());
    }

    @Test
    void positionsComeInThePlansOrderWithTheOfficeLast() {
        assertEquals(List.of("LEADER", "GOV_OFFICE", "TRANSPORT", "TRAFFIC_POLICE", "FIRE", "CIVIL_AFFAIRS", "HEALTH",
                "POLICE", "EMERGENCY_OFFICE"), ROSTER.positions().stream().map(Position::key).toList());
        assertEquals(8, ROSTER.memberUnits().size());
        assertEquals(7, ROSTER.deputiesOn(DAY).size());
        assertEquals("张占良", ROSTER.groupLeaderOn(DAY).orElseThrow().person());
        assertEquals(TermRole.DIRECTOR, ROSTER.directorOn(DAY).orElseThrow().role());
        assertEquals("刘雪峰", ROSTER.directorOn(DAY).orElseThrow().person());
        assertEquals(List.of(), ROSTER.dutyOfficersOn(DAY), "the plan names no duty officers");
        assertFalse(ROSTER.holderOn("LEADER", LocalDate.of(2018, 12, 31)).isPresent());
    }

    @Test
    void theOfficeDirectorAlsoHoldsTheTrafficPolicePost() {
        assertEquals(List.of("TRAFFIC_POLICE", "EMERGENCY_OFFICE"),
                ROSTER.termsOf("刘雪峰", DAY).stream().map(Term::positionKey).toList());
    }

    @Test
    void aFileOnDiskIsReadLikeThePackagedOne(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("roster.json");
        Files.writeString(file, packaged());
        assertEquals(ROSTER.terms(), new RosterLoader().load(file).terms());
    }

    /** Each broken file names the field, so whoever edited it finds the mistake. */
    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
        "\"role\": \"DIRECTOR\", | | terms[8].role | datafile.problem.officeRoleMissing",
        "\"role\": \"DIRECTOR\" | \"role\": \"HOLDER\" | terms[8].role | roster.problem.roleDoesNotFit",
        "\"role\": \"DIRECTOR\" | \"role\": \"BOSS\" | terms[8].role | datafile.problem.termRole",
        "{\"position\": \"FIRE\" | {\"position\": \"FIRE_BRIGADE\" | terms[4].position | datafile.problem.unknownPosition",
        "\"key\": \"HEALTH\" | \"key\": \"ALL\" | positions[6].key | datafile.problem.positionKey",
        "\"groupRole\": \"副组长\", \"sortOrder\": 2 | \"groupRole\": \"组长\", \"sortOrder\": 2 | positions | roster.problem.exactlyOne",
        "\"start\": \"2019-01-01\", \"note\": \"组长\" | \"start\": \"2019-01-01\", \"end\": \"2018-01-01\", \"note\": \"组长\" | terms[0].end | datafile.problem.endBeforeStart",
        "\"start\": \"2019-01-01\", \"note\": \"组长\" | \"start\": \"2019-13-01\", \"note\": \"组长\" | terms[0].start | datafile.problem.date",
        "\"sortOrder\": 9 | \"sortOrder\": 8 | positions | roster.problem.duplicateSortOrder",
        "\"memberUnit\": false | \"memberUnit\": \"no\" | positions[8].memberUnit | datafile.problem.boolean",
        "\"version\": \"2019\" | \"verison\": \"2019\" | verison | datafile.problem.unknownKey"})
    void aBrokenFileIsRefusedNamingTheField(String find, String replace, String field, String problemKey)
            throws Exception {
        String text = packaged();
        assertTrue(text.contains(find), find);
        DataFileException e = assertThrows(DataFileException.class,
                () -> load(text.replaceFirst(Pattern.quote(find),
                        replace == null ? "" : Matcher.quoteReplacement(replace))));
        assertEquals(field, e.field());
        assertEquals(problemKey, e.problemKey());
        assertEquals("test-roster.json", e.file());
        assertTrue(e.getMessage().startsWith("数据文件 test-roster.json 有误，字段 " + field), e.getMessage());
        assertFalse(e.message(Messages.english()).contains("!"), e.message(Messages.english()));
    }

    @Test
    void twoHoldersOfOnePostOnOneDayAreRefused() throws Exception {
        String text = packaged().replace("\"terms\": [",
                "\"terms\": [\n    {\"position\": \"FIRE\", \"person\": \"某某\", \"start\": \"2019-06-01\"},");
        DataFileException e = assertThrows(DataFileException.class, () -> load(text));
        assertEquals("terms", e.field());
        assertEquals("roster.problem.overlap", e.problemKey());
    }

    @Test
    void aPastHolderWithAnEndDateIsHistoryNotAnOverlap() throws Exception {
        String text = packaged().replace("\"terms\": [",
                "\"terms\": [\n    {\"position\": \"FIRE\", \"person\": \"某某\", \"start\": \"2017-01-01\","
                        + " \"end\": \"2018-12-31\"},");
        Roster roster = load(text);
        assertEquals("某某", roster.holderOn("FIRE", LocalDate.of(2018, 6, 1)).orElseThrow().person());
        assertEquals("苗永旺", roster.holderOn("FIRE", DAY).orElseThrow().person());
    }

    private static Roster load(String text) {
        return new RosterLoader().load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                "test-roster.json");
    }

    static String packaged() throws Exception {
        try (var in = RosterLoader.class.getResourceAsStream(RosterLoader.DEFAULT_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
