package org.isnad.export;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a {@link Graph} as GraphML (graphml.graphdrawing.org) or GEXF 1.3 (gexf.net) with the JDK's streaming XML
 * writer, so every name and value is escaped; characters XML 1.0 does not allow are dropped first.
 */
public final class XmlGraphWriter {
    private static final String GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns";
    private static final String GEXF_NS = "http://gexf.net/1.3";
    private static final List<String> NODE_KEYS = List.of("label", "type", "documents");

    private XmlGraphWriter() {
    }

    /** Edge property names across all relations, in first-seen order, "type" first. */
    static List<String> edgeKeys(Graph g) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add("type");
        for (Graph.Rel r : g.relations()) {
            keys.addAll(r.props().keySet());
        }
        return new ArrayList<>(keys);
    }

    public static void graphml(Graph g, OutputStream out) throws XMLStreamException {
        XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        w.writeStartDocument("UTF-8", "1.0");
        w.writeStartElement("graphml");
        w.writeDefaultNamespace(GRAPHML_NS);
        for (int i = 0; i < NODE_KEYS.size(); i++) {
            key(w, "n" + i, "node", NODE_KEYS.get(i));
        }
        List<String> ek = edgeKeys(g);
        for (int i = 0; i < ek.size(); i++) {
            key(w, "e" + i, "edge", ek.get(i));
        }
        w.writeStartElement("graph");
        w.writeAttribute("id", "isnad");
        w.writeAttribute("edgedefault", "directed");
        for (Graph.Node n : g.nodes()) {
            w.writeStartElement("node");
            w.writeAttribute("id", clean(n.id));
            data(w, "n0", n.label);
            data(w, "n1", n.type);
            data(w, "n2", String.join(" ", n.documents));
            w.writeEndElement();
        }
        for (Graph.Edge e : g.edges()) {
            w.writeStartElement("edge");
            w.writeAttribute("id", clean(e.id()));
            w.writeAttribute("source", clean(e.source()));
            w.writeAttribute("target", clean(e.target()));
            for (int i = 0; i < ek.size(); i++) {
                data(w, "e" + i, i == 0 ? e.type() : e.props().getOrDefault(ek.get(i), ""));
            }
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndDocument();
        w.flush();
    }

    private static void key(XMLStreamWriter w, String id, String forWhat, String name) throws XMLStreamException {
        w.writeEmptyElement("key");
        w.writeAttribute("id", id);
        w.writeAttribute("for", forWhat);
        w.writeAttribute("attr.name", clean(name));
        w.writeAttribute("attr.type", "string");
    }

    private static void data(XMLStreamWriter w, String key, String value) throws XMLStreamException {
        w.writeStartElement("data");
        w.writeAttribute("key", key);
        w.writeCharacters(clean(value));
        w.writeEndElement();
    }

    public static void gexf(Graph g, OutputStream out) throws XMLStreamException {
        XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        w.writeStartDocument("UTF-8", "1.0");
        w.writeStartElement("gexf");
        w.writeDefaultNamespace(GEXF_NS);
        w.writeAttribute("version", "1.3");
        w.writeStartElement("meta");
        w.writeStartElement("creator");
        w.writeCharacters("isnad");
        w.writeEndElement();
        w.writeEndElement();
        w.writeStartElement("graph");
        w.writeAttribute("defaultedgetype", "directed");
        w.writeAttribute("mode", "static");
        attributes(w, "node", List.of("type", "documents"));
        List<String> ek = edgeKeys(g);
        attributes(w, "edge", ek);
        w.writeStartElement("nodes");
        for (Graph.Node n : g.nodes()) {
            w.writeStartElement("node");
            w.writeAttribute("id", clean(n.id));
            w.writeAttribute("label", clean(n.label));
            attvalues(w, List.of(n.type, String.join(" ", n.documents)));
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeStartElement("edges");
        for (Graph.Edge e : g.edges()) {
            w.writeStartElement("edge");
            w.writeAttribute("id", clean(e.id()));
            w.writeAttribute("source", clean(e.source()));
            w.writeAttribute("target", clean(e.target()));
            w.writeAttribute("label", clean(e.type()));
            List<String> values = new ArrayList<>();
            for (int i = 0; i < ek.size(); i++) {
                values.add(i == 0 ? e.type() : e.props().getOrDefault(ek.get(i), ""));
            }
            attvalues(w, values);
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndDocument();
        w.flush();
    }

    private static void attributes(XMLStreamWriter w, String cls, List<String> names) throws XMLStreamException {
        w.writeStartElement("attributes");
        w.writeAttribute("class", cls);
        for (int i = 0; i < names.size(); i++) {
            w.writeEmptyElement("attribute");
            w.writeAttribute("id", String.valueOf(i));
            w.writeAttribute("title", clean(names.get(i)));
            w.writeAttribute("type", "string");
        }
        w.writeEndElement();
    }

    private static void attvalues(XMLStreamWriter w, List<String> values) throws XMLStreamException {
        w.writeStartElement("attvalues");
        for (int i = 0; i < values.size(); i++) {
            w.writeEmptyElement("attvalue");
            w.writeAttribute("for", String.valueOf(i));
            w.writeAttribute("value", clean(values.get(i)));
        }
        w.writeEndElement();
    }

    /** Drops characters XML 1.0 does not allow (controls other than tab, newline, return; lone surrogates). */
    static String clean(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                b.append(c).append(s.charAt(++i));
            } else if (c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD) {
                b.append(c);
            }
        }
        return b.toString();
    }
}
