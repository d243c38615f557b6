package cn.shiguai.roaddesk.report.pdf;

import java.util.List;

/**
 * Picks the face of a font collection to print with. Collections hold variants that are wrong
 * for running text (WenQuanYi's "Mono" has half-width Latin squeezed into a grid, "Sharp" is
 * hinted for screens) or for the mainland (UMing's HK and TW faces use traditional glyph
 * shapes), so known faces are preferred in this order, then the first face.
 */
final class FontFaceChooser {
    static final List<String> PREFERRED_FAMILIES = List.of(
            "SimSun", "Microsoft YaHei", "WenQuanYi Zen Hei", "AR PL UMing CN", "AR PL UKai CN", "SimHei");

    private FontFaceChooser() {
    }

    /** The index of the face to use among the given family names (the collection's order). */
    static int choose(List<String> familyNames) {
        if (familyNames.isEmpty()) {
            throw new IllegalArgumentException("a font collection without faces");
        }
        for (String preferred : PREFERRED_FAMILIES) {
            int index = familyNames.indexOf(preferred);
            if (index >= 0) {
                return index;
            }
        }
        return 0;
    }
}
