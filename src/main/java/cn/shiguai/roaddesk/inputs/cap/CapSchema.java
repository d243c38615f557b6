package cn.shiguai.roaddesk.inputs.cap;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.Element;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.SAXParseException;

/**
 * An alert checked against the OASIS CAP 1.2 schema (cap12.xsd, on the class path). The schema
 * and the validator may reach nothing outside: external DTD and schema access are both off.
 */
final class CapSchema {
    static final String RESOURCE = "/cap/cap12.xsd";
    private static final String CURRENT_NODE = "http://apache.org/xml/properties/dom/current-element-node";
    private static final String LOCALE = "http://apache.org/xml/properties/locale";
    private static final Schema SCHEMA = load();

    private CapSchema() {
    }

    private static Schema load() {
        URL url = CapSchema.class.getResource(RESOURCE);
        if (url == null) {
            throw new IllegalStateException("missing " + RESOURCE);
        }
        try (InputStream in = url.openStream()) {
            SchemaFactory factory = SchemaFactory.newDefaultInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return factory.newSchema(new StreamSource(in, url.toExternalForm()));
        } catch (IOException | SAXException e) {
            throw new IllegalStateException("the packaged CAP 1.2 schema cannot be read", e);
        }
    }

    /** Every error of the alert against the schema, each at the line of the element it was found in. */
    static List<XmlRefused> check(Element alert) {
        Validator validator = SCHEMA.newValidator();
        List<XmlRefused> problems = new ArrayList<>();
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            trySetLocale(validator);
            validator.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                    // a warning does not make the alert invalid
                }

                @Override
                public void error(SAXParseException e) {
                    problems.add(new XmlRefused(lineOf(validator, alert), "cap.problem.schema", e.getMessage()));
                }

                @Override
                public void fatalError(SAXParseException e) {
                    error(e);
                }
            });
            validator.validate(new DOMSource(alert));
        } catch (SAXException | IOException e) {
            if (problems.isEmpty()) {
                problems.add(new XmlRefused(lineOf(validator, alert), "cap.problem.schema", e.getMessage()));
            }
        }
        return problems;
    }

    /** The schema's messages in the record's language where the JDK has them. */
    private static void trySetLocale(Validator validator) {
        try {
            validator.setProperty(LOCALE, Locale.SIMPLIFIED_CHINESE);
        } catch (SAXNotRecognizedException | SAXNotSupportedException e) {
            // the JDK's own words, then
        }
    }

    private static long lineOf(Validator validator, Element alert) {
        Object node = null;
        try {
            node = validator.getProperty(CURRENT_NODE);
        } catch (SAXNotRecognizedException | SAXNotSupportedException e) {
            // the alert's line, then
        }
        Object line = (node instanceof Element e ? e : alert).getUserData(SafeXml.LINE);
        return line instanceof Long l ? l : 0;
    }
}
