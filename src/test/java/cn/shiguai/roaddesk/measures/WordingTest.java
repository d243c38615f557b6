package cn.shiguai.roaddesk.measures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordingTest {

    @ParameterizedTest(name = "{0} ~ {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "巡查维护，及时排除险情。 | 巡查维护,及时排除险情。 | true",
        "巡查维护，及\\n\\n时排除险情。 | 巡查维护，及时排除险情。 | true",
        "情况（见附件）： | 情况(见附件): | true",
        "领导小组 进入响应 | 领导小组进入响应 | true",
        "分流绕行应急工作 | 分流绕行应急工作。 | false",
        "巡查维护。 | 巡查维护，及时排除险情。 | false",
        "引导广大驾驶人 | 引导广大司乘人员 | false",
        "0.5 厘米 | 0。5厘米 | false"})
    void onlyWhitespaceAndWidthVariantsOfPunctuationAreIgnored(String a, String b, boolean same) {
        assertEquals(same, Wording.same(a.replace("\\n", "\n"), b));
    }
}
