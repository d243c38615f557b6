package cn.shiguai.roaddesk.weather;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PointNamesTest {
    private static final List<String> KNOWN = List.of("五当召镇 旅游公路 K12 弯道", "石拐街道 包石公路 K35 大桥", "K12");

    @Test
    void aNameWithACharacterMissingOrWithoutSpacesIsRecognised() {
        assertEquals(Optional.of("五当召镇 旅游公路 K12 弯道"), PointNames.nearest("五当镇旅游公路K12弯道", KNOWN));
        assertEquals(Optional.of("五当召镇 旅游公路 K12 弯道"), PointNames.nearest("五当召镇旅游公路Ｋ１２弯道", KNOWN),
                "no spaces and full-width digits are the same name");
        assertEquals(Optional.of("石拐街道 包石公路 K35 大桥"), PointNames.nearest("石拐街道包石公路 K35大桥", KNOWN));
    }

    @Test
    void aKnownNameOrOneFarFromAnyIsNotAskedAbout() {
        assertEquals(Optional.empty(), PointNames.nearest("五当召镇 旅游公路 K12 弯道", KNOWN));
        assertEquals(Optional.empty(), PointNames.nearest("大青山自然保护区 入口", KNOWN));
        assertEquals(Optional.empty(), PointNames.nearest("K1234", KNOWN), "short names allow one difference only");
        assertEquals(Optional.of("K12"), PointNames.nearest("K13", KNOWN), "a near short name is asked about, not taken");
    }

    @Test
    void completionMatchesInsideNamesWhateverTheSpacesAndWidth() {
        assertTrue(PointNames.matches("旅游公路k12", "五当召镇 旅游公路 K12 弯道"));
        assertTrue(PointNames.matches("Ｋ３５", "石拐街道 包石公路 K35 大桥"));
        assertFalse(PointNames.matches("", "K12"));
        assertEquals(2, PointNames.distance("五当召镇", "五当镇X"));
    }
}
