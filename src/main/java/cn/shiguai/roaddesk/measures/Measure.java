package cn.shiguai.roaddesk.measures;

import cn.shiguai.roaddesk.rules.ResponseLevel;
import java.util.List;

/** One numbered measure of §八, e.g. II.4 is item 4 of (二)二级响应措施. */
public record Measure(String id, ResponseLevel level, int number, String title, String text,
                      List<String> lead, List<String> supporting) implements CatalogueItem {

    public Measure {
        lead = List.copyOf(lead);
        supporting = List.copyOf(supporting);
    }
}
