package org.isnad.screening;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams a list file with StAX, safely: no DTD (a DOCTYPE is rejected outright), no external entities or DTDs,
 * JAXP secure processing on, and the file size bounded by {@link #MAX_BYTES}. Records (elements with a given local
 * name) are handed over one at a time as {@link XmlNode} trees; attributes of the root are returned.
 */
public final class SecureXml {
    /** The largest list file accepted (the UN list is about 2 MB, OFAC's SDN XML about 30 MB). */
    public static final long MAX_BYTES = 128L * 1024 * 1024;

    private SecureXml() {
    }

    static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        trySet(f, XMLConstants.FEATURE_SECURE_PROCESSING, true);
        trySet(f, XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return f;
    }

    private static void trySet(XMLInputFactory f, String name, Object value) {
        try {
            f.setProperty(name, value);
        } catch (IllegalArgumentException ignored) {
            // an implementation without this property: the properties above already disable DTDs and entities
        }
    }

    /** Checks the file's size against {@code max}. */
    public static void checkSize(Path file, long max) throws WatchlistException, IOException {
        long size = Files.size(file);
        if (size > max) {
            throw new WatchlistException(file + " is " + size + " bytes; the limit is " + max);
        }
        if (size == 0) {
            throw new WatchlistException(file + " is empty");
        }
    }

    /**
     * Reads {@code file}, calling {@code onRecord} for each element named in {@code recordNames}; returns the root
     * element's name and attributes as a childless node.
     */
    public static XmlNode stream(Path file, java.util.Set<String> recordNames, Consumer<XmlNode> onRecord)
            throws WatchlistException, IOException {
        checkSize(file, MAX_BYTES);
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader r = factory().createXMLStreamReader(in);
            XmlNode root = null;
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.DTD) {
                    throw new WatchlistException(file + ": a DOCTYPE/DTD is not allowed in a list file");
                }
                if (ev == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw new WatchlistException(file + ": entity references are not allowed in a list file");
                }
                if (ev != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                if (root == null) {
                    root = new XmlNode(r.getLocalName(), attributes(r), "", List.of());
                } else if (recordNames.contains(r.getLocalName())) {
                    onRecord.accept(element(r));
                }
            }
            if (root == null) {
                throw new WatchlistException(file + ": no XML element found");
            }
            return root;
        } catch (XMLStreamException e) {
            throw new WatchlistException(file + ": malformed XML: " + e.getMessage().replaceAll("\\s+", " "), e);
        }
    }

    private static Map<String, String> attributes(XMLStreamReader r) {
        Map<String, String> a = new HashMap<>();
        for (int i = 0; i < r.getAttributeCount(); i++) {
            a.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
        }
        return a;
    }

    /** Reads the element the reader is on, up to its end tag. */
    private static XmlNode element(XMLStreamReader r) throws XMLStreamException, WatchlistException {
        String name = r.getLocalName();
        Map<String, String> attrs = attributes(r);
        StringBuilder text = new StringBuilder();
        List<XmlNode> children = new ArrayList<>();
        while (r.hasNext()) {
            int ev = r.next();
            switch (ev) {
                case XMLStreamConstants.START_ELEMENT -> children.add(element(r));
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> text.append(r.getText());
                case XMLStreamConstants.ENTITY_REFERENCE ->
                        throw new WatchlistException("entity references are not allowed in a list file");
                case XMLStreamConstants.END_ELEMENT -> {
                    return new XmlNode(name, attrs, text.toString().replaceAll("\\s+", " ").strip(), children);
                }
                default -> {
                }
            }
        }
        throw new XMLStreamException("unexpected end of document inside <" + name + ">");
    }
}
