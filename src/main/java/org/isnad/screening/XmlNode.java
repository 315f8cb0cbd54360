package org.isnad.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A small element tree read by {@link SecureXml} for one record of a list (one UN INDIVIDUAL, one OFAC sdnEntry):
 * small enough to hold, simple to query. Text is the element's own character data, whitespace collapsed.
 */
public record XmlNode(String name, Map<String, String> attributes, String text, List<XmlNode> children) {
    /** The first child with that (local) name. */
    public java.util.Optional<XmlNode> child(String n) {
        return children.stream().filter(c -> c.name.equals(n)).findFirst();
    }

    /** The text of the first child with that name, or "". */
    public String childText(String n) {
        return child(n).map(XmlNode::text).orElse("");
    }

    /** Every child with that name. */
    public List<XmlNode> children(String n) {
        return children.stream().filter(c -> c.name.equals(n)).toList();
    }

    /** Texts of the named children of the named child ("NATIONALITY"/"VALUE"), non-blank only. */
    public List<String> values(String container, String item) {
        List<String> out = new ArrayList<>();
        for (XmlNode c : children(container)) {
            for (XmlNode v : c.children(item)) {
                if (!v.text.isBlank()) {
                    out.add(v.text);
                }
            }
        }
        return out;
    }
}
