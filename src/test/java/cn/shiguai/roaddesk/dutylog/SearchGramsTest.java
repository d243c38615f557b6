package cn.shiguai.roaddesk.dutylog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class SearchGramsTest {

    private static int gram(char a, char b) {
        return (a << 16) | b;
    }

    @Test
    void aWordsBigramsAreAmongTheTextsWhateverTheSpacesAndCase() {
        Set<Integer> text = SearchGrams.ofText("五当召镇 旅游公路 K12 弯道封闭");
        for (String word : new String[] {"封闭", "旅游公路", "k12", "K12 弯道", "镇", "12"}) {
            assertTrue(text.containsAll(SearchGrams.ofNeedle(word)), word);
        }
        assertTrue(!text.containsAll(SearchGrams.ofNeedle("雪崩")));
    }

    @Test
    void aSingleCharacterIsLookedUpByItselfAndPairsAcrossSpacesAreNotMade() {
        assertEquals(Set.of('镇' << 16), SearchGrams.ofNeedle(" 镇 "));
        assertEquals(Set.of(gram('k', '1'), gram('1', '2'), gram('弯', '道')), SearchGrams.ofNeedle("K12 弯道"));
        assertTrue(!SearchGrams.ofText("路 K").contains(gram('路', ' ')));
    }

    @Test
    void blocksHold4096Entries() {
        assertEquals(0, SearchGrams.block(1));
        assertEquals(0, SearchGrams.block(4096));
        assertEquals(1, SearchGrams.block(4097));
        assertEquals(4097, SearchGrams.firstSeq(1));
        assertEquals(8192, SearchGrams.lastSeq(1));
    }
}
