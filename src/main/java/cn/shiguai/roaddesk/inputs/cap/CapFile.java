package cn.shiguai.roaddesk.inputs.cap;

import cn.shiguai.roaddesk.inputs.BadRow;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A warning file read whole: one CAP 1.2 {@code <alert>}, or an Atom feed whose entries carry
 * CAP 1.2 alerts inline in {@code <content>}. Any problem anywhere refuses the whole file, with
 * every problem found; a feed of no entries is read and holds nothing (no warnings in force is
 * news too). An entry that only links to its alert is a problem: RoadDesk fetches nothing a file
 * names. Older CAP versions (1.0, 1.1) are refused by name: the national profile is CAP 1.2.
 */
final class CapFile {
    record Read(List<CapCandidate> alerts, List<BadRow> bad) { }

    private final SafeXml xml;
    private final CapAlertReader alerts;

    CapFile(SafeXml xml, CapAlertReader alerts) {
        this.xml = xml;
        this.alerts = alerts;
    }

    Read read(byte[] bytes) {
        List<CapCandidate> found = new ArrayList<>();
        List<BadRow> bad = new ArrayList<>();
        Document doc;
        try {
            doc = xml.read(bytes);
        } catch (XmlRefused e) {
            return new Read(List.of(), List.of(bad(e)));
        }
        Element root = doc.getDocumentElement();
        String ns = root.getNamespaceURI();
        if (CapNames.CAP_12.equals(ns) && "alert".equals(root.getLocalName())) {
            alert(root, found, bad);
        } else if (CapNames.ATOM.equals(ns) && "feed".equals(root.getLocalName())) {
            feed(root, found, bad);
        } else if (CapNames.isOlderCap(ns)) {
            bad.add(bad(new XmlRefused(line(root), "cap.problem.version", CapNames.version(ns))));
        } else {
            bad.add(bad(new XmlRefused(line(root), "cap.problem.notCap", root.getLocalName(),
                    ns == null ? "" : ns)));
        }
        return new Read(bad.isEmpty() ? found : List.of(), bad);
    }

    private void feed(Element feed, List<CapCandidate> found, List<BadRow> bad) {
        for (Element entry : children(feed, CapNames.ATOM, "entry")) {
            Element alert = null;
            String olderVersion = null;
            for (Element content : children(entry, CapNames.ATOM, "content")) {
                for (Node n = content.getFirstChild(); n != null; n = n.getNextSibling()) {
                    if (n instanceof Element e && "alert".equals(e.getLocalName())) {
                        if (CapNames.CAP_12.equals(e.getNamespaceURI())) {
                            alert = e;
                        } else if (CapNames.isOlderCap(e.getNamespaceURI())) {
                            olderVersion = CapNames.version(e.getNamespaceURI());
                        }
                    }
                }
            }
            if (alert != null) {
                alert(alert, found, bad);
            } else if (olderVersion != null) {
                bad.add(bad(new XmlRefused(line(entry), "cap.problem.entryVersion", olderVersion)));
            } else {
                bad.add(bad(new XmlRefused(line(entry), "cap.problem.entryNoAlert")));
            }
        }
    }

    private void alert(Element alert, List<CapCandidate> found, List<BadRow> bad) {
        List<XmlRefused> invalid = CapSchema.check(alert);
        if (!invalid.isEmpty()) {
            invalid.forEach(e -> bad.add(bad(e)));
            return;
        }
        try {
            found.add(alerts.read(alert));
        } catch (XmlRefused e) {
            bad.add(bad(e));
        }
    }

    static List<Element> children(Element parent, String ns, String local) {
        List<Element> list = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && local.equals(e.getLocalName()) && ns.equals(e.getNamespaceURI())) {
                list.add(e);
            }
        }
        return list;
    }

    static long line(Element e) {
        return e.getUserData(SafeXml.LINE) instanceof Long l ? l : 0;
    }

    private static BadRow bad(XmlRefused e) {
        return new BadRow(e.line(), "", "", e.why());
    }
}
