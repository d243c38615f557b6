package cn.shiguai.roaddesk.measures;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plan text as packaged, with whitespace removed: the PDF conversion splits sentences
 * across lines and pages, and nothing else is changed.
 */
final class PlanText {
    static final String RESOURCE = "/plan/severe-weather-road-traffic-plan.zh.txt";
    private static final Pattern HEADING = Pattern.compile("[（(]([一二三四])[)）]([一二三四])级响应措施[:：]");

    private PlanText() {
    }

    static String joined() {
        try (InputStream in = PlanText.class.getResourceAsStream(RESOURCE)) {
            return withoutWhitespace(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String withoutWhitespace(String text) {
        return text.replaceAll("\\s+", "");
    }

    /** The body of §八's list for one level ("一" … "四"), without its heading. */
    static String measuresSection(String levelNumeral) {
        String plan = joined();
        Matcher m = HEADING.matcher(plan);
        int start = -1;
        int end = plan.indexOf("九、信息上报与公布");
        while (m.find()) {
            if (start >= 0) {
                end = m.start();
                break;
            }
            if (m.group(2).equals(levelNumeral)) {
                start = m.end();
            }
        }
        if (start < 0) {
            throw new IllegalStateException("no heading for level " + levelNumeral);
        }
        return plan.substring(start, end);
    }
}
