package cn.shiguai.roaddesk.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * The free-text parts of one document, in the order the window shows them, first drafted
 * automatically from the data, then edited by the office. Everything else in a document is
 * assembled from the data and cannot be edited: a leader must be able to trust the numbers.
 * Immutable; {@link #with} returns the edited copy.
 */
public record DocumentDraft(DocumentKind kind, List<DraftPart> parts) {
    public DocumentDraft {
        Objects.requireNonNull(kind, "kind");
        parts = List.copyOf(parts);
        if (parts.stream().map(DraftPart::key).distinct().count() != parts.size()) {
            throw new IllegalArgumentException("part keys must be unique: " + parts.stream().map(DraftPart::key).toList());
        }
    }

    public boolean has(String key) {
        return parts.stream().anyMatch(p -> p.key().equals(key));
    }

    public DraftPart part(String key) {
        return parts.stream().filter(p -> p.key().equals(key)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no part '" + key + "' in the draft of " + kind));
    }

    /** The part's text, stripped; empty when the part is absent or blank. */
    public String text(String key) {
        return has(key) ? part(key).text().strip() : "";
    }

    /** A copy with one part's text replaced. */
    public DocumentDraft with(String key, String text) {
        part(key);
        List<DraftPart> edited = new ArrayList<>(parts.size());
        for (DraftPart p : parts) {
            edited.add(p.key().equals(key) ? p.withText(text) : p);
        }
        return new DocumentDraft(kind, edited);
    }

    /** A copy with a part added at the front, e.g. the note of a correction. */
    public DocumentDraft withFirst(DraftPart added) {
        List<DraftPart> all = new ArrayList<>(parts.size() + 1);
        all.add(added);
        parts.stream().filter(p -> !p.key().equals(added.key())).forEach(all::add);
        return new DocumentDraft(kind, all);
    }

    /** Key to text, in order: what the store keeps with an issued document to redraw it. */
    public Map<String, String> texts() {
        Map<String, String> texts = new LinkedHashMap<>();
        parts.forEach(p -> texts.put(p.key(), p.text()));
        return texts;
    }

    /**
     * This draft with the texts of a kept one applied, e.g. to start a correction from what was
     * issued; keys this draft does not have are ignored.
     */
    public DocumentDraft withTexts(Map<String, String> texts) {
        DocumentDraft result = this;
        for (Map.Entry<String, String> entry : texts.entrySet()) {
            if (result.has(entry.getKey())) {
                result = result.with(entry.getKey(), entry.getValue());
            }
        }
        return result;
    }
}
