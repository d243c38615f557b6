package cn.shiguai.roaddesk.inputs.cap;

import cn.shiguai.roaddesk.common.i18n.Localized;
import cn.shiguai.roaddesk.warnings.MessageType;
import cn.shiguai.roaddesk.warnings.SignalColour;
import cn.shiguai.roaddesk.warnings.SignalKind;
import cn.shiguai.roaddesk.warnings.WarningSignal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * The national profile's elements of one valid CAP 1.2 alert (GB/T 35965.1-2018): identifier,
 * sender, sent, status, msgType, references, and of the info in Chinese (else the first):
 * event, severity, urgency, headline, description, instruction, effective, expires, areaDesc.
 * Which signal it is: the kind from the event name, else the headline; the colour from the
 * event name ("暴雪橙色预警"), else the headline, else a parameter named 颜色, 预警颜色, 预警级别
 * or 级别 (or color/colour) — the first that names one wins.
 */
final class CapAlertReader {
    static final Set<String> COLOUR_PARAMETERS = Set.of("颜色", "预警颜色", "预警级别", "级别", "color", "colour");
    private static final String NS = CapNames.CAP_12;

    CapCandidate read(Element alert) throws XmlRefused {
        long line = CapFile.line(alert);
        String identifier = text(alert, "identifier");
        String sender = text(alert, "sender");
        Instant sent = time(alert, "sent");
        String status = text(alert, "status");
        if (!"Actual".equals(status)) {
            return skipped(line, identifier, "cap.skipped.status", status);
        }
        String msgType = text(alert, "msgType");
        MessageType type;
        try {
            type = MessageType.valueOf(msgType.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return skipped(line, identifier, "cap.skipped.msgType", msgType);
        }
        List<WarningSignal.Reference> references = references(alert, type);
        Element info = info(alert).orElse(null);
        if (info == null) {
            if (type == MessageType.CANCEL) {
                return new CapCandidate.Signal(line, new WarningSignal(identifier, sender, sent, type, references,
                        null, null, null, null, null, null, null, null, null, null, null, null));
            }
            return skipped(line, identifier, "cap.skipped.noInfo");
        }
        String event = text(info, "event");
        String headline = text(info, "headline");
        SignalKind kind = SignalKind.firstIn(event).or(() -> SignalKind.firstIn(headline)).orElse(null);
        if (kind == null && type != MessageType.CANCEL) {
            return skipped(line, identifier, "cap.skipped.kind", event);
        }
        SignalColour colour = kind == null ? null : colour(info, event, headline).orElse(null);
        if (kind != null && colour == null && type != MessageType.CANCEL) {
            throw new XmlRefused(CapFile.line(info), "cap.problem.noColour", kind.chinese(), event);
        }
        if (colour != null && !kind.issuedIn(colour)) {
            throw new XmlRefused(CapFile.line(info), "cap.problem.colourOfKind", kind.chinese(), colour.chinese());
        }
        Instant effective = time(info, "effective");
        Instant expires = time(info, "expires");
        if (expires != null && effective != null && !expires.isAfter(effective)) {
            throw new XmlRefused(CapFile.line(info), "cap.problem.expiresBefore");
        }
        return new CapCandidate.Signal(line, new WarningSignal(identifier, sender, sent, type, references, kind,
                colour, event, text(info, "senderName"), text(info, "severity"), text(info, "urgency"), headline,
                text(info, "description"), text(info, "instruction"), effective, expires, areas(info)));
    }

    private static CapCandidate skipped(long line, String identifier, String key, Object... args) {
        Localized why = m -> m.format(key, args);
        return new CapCandidate.Skipped(line, identifier, why);
    }

    private static Optional<Element> info(Element alert) {
        List<Element> infos = CapFile.children(alert, NS, "info");
        return infos.stream().filter(i -> {
            String language = text(i, "language");
            return language != null && language.toLowerCase(Locale.ROOT).startsWith("zh");
        }).findFirst().or(() -> infos.stream().findFirst());
    }

    private static Optional<SignalColour> colour(Element info, String event, String headline) {
        Optional<SignalColour> named = SignalColour.firstIn(event).or(() -> SignalColour.firstIn(headline));
        if (named.isPresent()) {
            return named;
        }
        for (Element p : CapFile.children(info, NS, "parameter")) {
            String name = text(p, "valueName");
            if (name != null && COLOUR_PARAMETERS.contains(name.strip().toLowerCase(Locale.ROOT))) {
                Optional<SignalColour> given = SignalColour.ofValue(text(p, "value"));
                if (given.isPresent()) {
                    return given;
                }
            }
        }
        return Optional.empty();
    }

    /** "sender,identifier,sent" each, separated by white space; an Update or a Cancel must name one at least. */
    private static List<WarningSignal.Reference> references(Element alert, MessageType type) throws XmlRefused {
        List<Element> given = CapFile.children(alert, NS, "references");
        String text = given.isEmpty() ? null : given.get(0).getTextContent().strip();
        List<WarningSignal.Reference> references = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            if (type != MessageType.ALERT) {
                throw new XmlRefused(given.isEmpty() ? CapFile.line(alert) : CapFile.line(given.get(0)),
                        "cap.problem.noReferences", type == MessageType.UPDATE ? "Update" : "Cancel");
            }
            return references;
        }
        for (String one : text.split("\\s+")) {
            String[] parts = one.split(",", -1);
            if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty()) {
                throw new XmlRefused(CapFile.line(given.get(0)), "cap.problem.reference", one);
            }
            references.add(new WarningSignal.Reference(parts[0], parts[1], parts[2]));
        }
        return references;
    }

    private static String areas(Element info) {
        List<String> names = new ArrayList<>();
        for (Element area : CapFile.children(info, NS, "area")) {
            String desc = text(area, "areaDesc");
            if (desc != null && !desc.isBlank()) {
                names.add(desc.strip());
            }
        }
        return names.isEmpty() ? null : String.join("；", names);
    }

    /** The schema has checked the form (with an offset); the instant is the same in any zone. */
    private static Instant time(Element parent, String name) throws XmlRefused {
        String text = text(parent, name);
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException e) {
            throw new XmlRefused(CapFile.line(parent), "cap.problem.time", name, text);
        }
    }

    /** The first child's text, stripped; null when absent or empty. */
    static String text(Element parent, String local) {
        List<Element> found = CapFile.children(parent, NS, local);
        if (found.isEmpty()) {
            return null;
        }
        String text = found.get(0).getTextContent().strip();
        return text.isEmpty() ? null : text;
    }
}
