package vn.ngoaivu.registry.national;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses answers from national systems as untrusted XML. The contract has no DTD, so any DOCTYPE is refused
 * outright: no external entity can read a local file or call a URL, no internal entity can expand a billion times.
 * External entities, external DTDs and XInclude are switched off as well, in case the DOCTYPE rule is ever relaxed,
 * and secure processing bounds what is left.
 *
 * <p>Parsing is namespace-aware, but {@link #child} and {@link #children} match local names only: an adapter that
 * uses another prefix or namespace URI for the same elements is still understood.
 */
final class SafeXml {

    private final String system;

    SafeXml(String system) {
        this.system = system;
    }

    /** The document, or {@link MalformedAnswer}: HOSTILE for a DOCTYPE, UNPARSEABLE for anything not well-formed. */
    Document parse(byte[] xml) {
        // A hostile answer is named as such; the parser refuses it either way (also in UTF-16, where this scan is blind).
        if (declaresDoctype(xml)) {
            throw new MalformedAnswer(system, MalformedAnswer.Kind.HOSTILE, "DOCTYPE declaration refused");
        }
        try {
            return builder().parse(new ByteArrayInputStream(xml));
        } catch (SAXParseException e) {
            // Line and column only: the parser's own message may quote the document.
            throw new MalformedAnswer(system, MalformedAnswer.Kind.UNPARSEABLE,
                    "not well-formed XML at line " + e.getLineNumber() + ", column " + e.getColumnNumber(), null);
        } catch (SAXException | IOException e) {
            throw new MalformedAnswer(system, MalformedAnswer.Kind.UNPARSEABLE, "not well-formed XML", null);
        }
    }

    /** The only child element with this local name, or empty; two of them is a schema mismatch. */
    Optional<Element> child(Element parent, String localName) {
        List<Element> found = children(parent, localName);
        if (found.size() > 1) {
            throw new MalformedAnswer(system, MalformedAnswer.Kind.SCHEMA, "repeated element " + localName);
        }
        return found.stream().findFirst();
    }

    /** The child element with this local name, which must be there exactly once. */
    Element required(Element parent, String localName) {
        return child(parent, localName).orElseThrow(() -> missing(parent, localName));
    }

    /** The trimmed text of a required child element; blank counts as missing. */
    String requiredText(Element parent, String localName) {
        return text(parent, localName).orElseThrow(() -> missing(parent, localName));
    }

    /** The trimmed text of an optional child element; blank counts as absent. */
    Optional<String> text(Element parent, String localName) {
        return child(parent, localName).map(e -> {
            if (!children(e).isEmpty()) {
                throw new MalformedAnswer(system, MalformedAnswer.Kind.SCHEMA, localName + " must hold text, not elements");
            }
            return e.getTextContent().strip();
        }).filter(s -> !s.isEmpty());
    }

    List<Element> children(Element parent, String localName) {
        return children(parent).stream().filter(e -> localName.equals(e.getLocalName())).toList();
    }

    private static List<Element> children(Element parent) {
        List<Element> elements = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                elements.add(e);
            }
        }
        return elements;
    }

    private MalformedAnswer missing(Element parent, String localName) {
        return new MalformedAnswer(system, MalformedAnswer.Kind.SCHEMA,
                "missing element " + localName + " in " + parent.getLocalName());
    }

    /** The JDK's parser, configured per call: factories and builders are not thread-safe. */
    private static DocumentBuilder builder() {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        try {
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            // Small, positive limits (zero would mean "no limit" to the JDK).
            factory.setAttribute("jdk.xml.entityExpansionLimit", "100");
            factory.setAttribute("jdk.xml.maxGeneralEntitySizeLimit", "4096");
            factory.setAttribute("jdk.xml.maxParameterEntitySizeLimit", "4096");
            factory.setAttribute("jdk.xml.totalEntitySizeLimit", "16384");
            factory.setAttribute("jdk.xml.maxElementDepth", "64");
        } catch (ParserConfigurationException | IllegalArgumentException e) {
            throw new IllegalStateException("the XML parser does not support a required safety setting", e);
        }
        factory.setNamespaceAware(true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        factory.setValidating(false);
        try {
            DocumentBuilder builder = factory.newDocumentBuilder();
            // Belt and braces: nothing external is ever fetched, and errors are thrown rather than printed.
            builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
            builder.setErrorHandler(RETHROW);
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final ErrorHandler RETHROW = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };

    private static boolean declaresDoctype(byte[] xml) {
        return new String(xml, StandardCharsets.ISO_8859_1).contains("<!DOCTYPE");
    }
}
