package cn.shiguai.roaddesk.inputs.cap;

import java.io.ByteArrayInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLResolver;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads an XML file into a DOM tree with the JDK's StAX, and nothing else: no DTD (a DOCTYPE
 * refuses the file as soon as it is met, before anything it names is resolved), no external
 * entities, no entity references other than the five XML predefines, no XInclude, no
 * stylesheet. Nothing is fetched: whatever the file says, no file is opened and no connection
 * made. Each element keeps the line it started on ({@link #LINE}).
 */
final class SafeXml {
    static final String LINE = "roaddesk.line";
    /** Warning files are a few kilobytes; a feed of a whole province is well under this. */
    static final int MAX_BYTES = 5 * 1024 * 1024;
    static final int MAX_DEPTH = 64;

    private final XMLInputFactory factory;

    /** @param resolver asked for nothing if all goes to plan; a test passes one that remembers being asked */
    SafeXml(XMLResolver resolver) {
        factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setXMLResolver(resolver);
    }

    SafeXml() {
        this((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("RoadDesk resolves no external resource: " + systemId);
        });
    }

    Document read(byte[] bytes) throws XmlRefused {
        if (bytes.length > MAX_BYTES) {
            throw new XmlRefused(0, "cap.problem.tooLarge", String.valueOf(MAX_BYTES / 1024 / 1024));
        }
        Document doc = emptyDocument();
        XMLStreamReader r = null;
        try {
            r = factory.createXMLStreamReader(new ByteArrayInputStream(bytes));
            Node at = doc;
            int depth = 0;
            while (r.hasNext()) {
                int event = r.next();
                switch (event) {
                    case XMLStreamConstants.DTD ->
                            throw new XmlRefused(line(r), "cap.problem.doctype");
                    case XMLStreamConstants.ENTITY_REFERENCE ->
                            throw new XmlRefused(line(r), "cap.problem.entity", r.getLocalName());
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (++depth > MAX_DEPTH) {
                            throw new XmlRefused(line(r), "cap.problem.depth", String.valueOf(MAX_DEPTH));
                        }
                        at = at.appendChild(element(doc, r));
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        depth--;
                        at = at.getParentNode();
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (at != doc) {
                            at.appendChild(doc.createTextNode(r.getText()));
                        }
                    }
                    default -> {
                        // comments and processing instructions (a stylesheet named by the file) are not read
                    }
                }
            }
        } catch (XMLStreamException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            throw new XmlRefused(Math.max(0, line), "cap.problem.malformed", plain(e.getMessage()));
        } finally {
            close(r);
        }
        if (doc.getDocumentElement() == null) {
            throw new XmlRefused(0, "cap.problem.empty");
        }
        return doc;
    }

    private static Element element(Document doc, XMLStreamReader r) {
        String ns = r.getNamespaceURI();
        String prefix = r.getPrefix();
        String name = prefix == null || prefix.isEmpty() ? r.getLocalName() : prefix + ":" + r.getLocalName();
        Element e = doc.createElementNS(ns == null || ns.isEmpty() ? null : ns, name);
        for (int i = 0; i < r.getAttributeCount(); i++) {
            String ans = r.getAttributeNamespace(i);
            String ap = r.getAttributePrefix(i);
            String an = ap == null || ap.isEmpty() ? r.getAttributeLocalName(i) : ap + ":" + r.getAttributeLocalName(i);
            e.setAttributeNS(ans == null || ans.isEmpty() ? null : ans, an, r.getAttributeValue(i));
        }
        e.setUserData(LINE, (long) line(r), null);
        return e;
    }

    private static int line(XMLStreamReader r) {
        return r.getLocation() == null ? 0 : Math.max(0, r.getLocation().getLineNumber());
    }

    /** The parser's own words without its "ParseError at [row,col]" preamble: the line is said already. */
    private static String plain(String message) {
        if (message == null) {
            return "";
        }
        int at = message.indexOf("Message:");
        return (at >= 0 ? message.substring(at + "Message:".length()) : message).strip();
    }

    private static Document emptyDocument() {
        try {
            // Only an empty tree is made: this factory parses nothing.
            return DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's DOM is missing", e);
        }
    }

    private static void close(XMLStreamReader r) {
        if (r != null) {
            try {
                r.close();
            } catch (XMLStreamException e) {
                // reading is over either way
            }
        }
    }
}
