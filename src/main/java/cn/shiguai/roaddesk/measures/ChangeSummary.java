package cn.shiguai.roaddesk.measures;

import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.rules.ResponseLevel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A plan change told item by item, as the duty log records it: which items were added, which
 * carried their status over (and from which old item), which were closed. An item counts as
 * carried when any of its positions carried a status.
 */
public record ChangeSummary(ResponseLevel fromLevel, ResponseLevel toLevel, List<CatalogueItem> added,
                            Map<CatalogueItem, CatalogueItem> carriedFrom, List<CatalogueItem> closed) {

    public ChangeSummary {
        added = List.copyOf(added);
        carriedFrom = Collections.unmodifiableMap(new LinkedHashMap<>(carriedFrom));
        closed = List.copyOf(closed);
    }

    static ChangeSummary of(PlanChange change) {
        Map<CatalogueItem, CatalogueItem> carried = new LinkedHashMap<>();
        for (PlanChange.Carried c : change.carried()) {
            CatalogueItem old = change.from().items().stream()
                    .filter(i -> i.id().equals(c.carriedFrom().itemId())).findFirst().orElseThrow();
            carried.putIfAbsent(c.assignment().item(), old);
        }
        List<CatalogueItem> added = new ArrayList<>();
        change.added().forEach(a -> {
            if (!carried.containsKey(a.item()) && !added.contains(a.item())) {
                added.add(a.item());
            }
        });
        List<CatalogueItem> closed = new ArrayList<>();
        change.closed().forEach(c -> {
            if (!carried.containsValue(c.assignment().item()) && !closed.contains(c.assignment().item())) {
                closed.add(c.assignment().item());
            }
        });
        return new ChangeSummary(change.from().level(), change.to().level(), added, carried, closed);
    }

    /** One sentence for the duty log, in the reader's language. */
    public String text(Messages messages) {
        String separator = messages.get("measure.change.separator");
        Function<CatalogueItem, String> label = item -> item instanceof Measure ? item.id() : item.title();
        List<String> carriedLabels = new ArrayList<>();
        carriedFrom.forEach((item, old) -> carriedLabels.add(item.id().equals(old.id()) ? label.apply(item)
                : messages.format("measure.change.carriedItem", label.apply(item), label.apply(old))));
        return messages.format("measure.change.summary",
                messages.get("level." + fromLevel.code() + ".short"),
                messages.get("level." + toLevel.code() + ".short"),
                part(messages, "added", added.stream().map(label).toList(), separator),
                part(messages, "carried", carriedLabels, separator),
                part(messages, "closed", closed.stream().map(label).toList(), separator));
    }

    private static String part(Messages messages, String kind, List<String> labels, String separator) {
        if (labels.isEmpty()) {
            return messages.get("measure.change." + kind + "None");
        }
        return messages.format("measure.change." + kind, labels.size(), String.join(separator, labels));
    }
}
