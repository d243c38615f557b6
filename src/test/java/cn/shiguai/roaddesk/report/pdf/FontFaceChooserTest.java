package cn.shiguai.roaddesk.report.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class FontFaceChooserTest {

    @Test
    void wenQuanYiRegularIsPreferredOverMonoAndSharp() {
        assertEquals(2, FontFaceChooser.choose(
                List.of("WenQuanYi Zen Hei Mono", "WenQuanYi Zen Hei Sharp", "WenQuanYi Zen Hei")));
    }

    @Test
    void umingMainlandFaceIsPreferredOverHongKongAndTaiwan() {
        assertEquals(3, FontFaceChooser.choose(
                List.of("AR PL UMing TW", "AR PL UMing HK", "AR PL UMing TW MBE", "AR PL UMing CN")));
    }

    @Test
    void simSunIsPreferredOverNSimSun() {
        assertEquals(1, FontFaceChooser.choose(List.of("NSimSun", "SimSun")));
    }

    @Test
    void unknownCollectionsUseTheirFirstFace() {
        assertEquals(0, FontFaceChooser.choose(List.of("Some Font", "Some Font Bold")));
        assertThrows(IllegalArgumentException.class, () -> FontFaceChooser.choose(List.of()));
    }
}
