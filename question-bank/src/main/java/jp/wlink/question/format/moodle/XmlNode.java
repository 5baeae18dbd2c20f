package jp.wlink.question.format.moodle;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * One element of a Moodle XML question, read whole so the type mappings can look around it: its
 * name, attributes, text, children and the line it starts on. Only one question is held at a time,
 * so memory follows the largest question, not the file.
 */
record XmlNode(
    String name, Map<String, String> attributes, String text, List<XmlNode> children, int line) {
  /** Deeper nesting than any Moodle question has is refused before it can exhaust the stack. */
  static final int MAX_DEPTH = 64;

  /** Reads the element the reader stands on, up to and including its end tag. */
  static XmlNode read(XMLStreamReader reader, int depth) throws XMLStreamException {
    if (depth > MAX_DEPTH) {
      throw new XMLStreamException("nested too deeply", reader.getLocation());
    }
    String name = reader.getLocalName();
    int line = reader.getLocation().getLineNumber();
    Map<String, String> attributes = new java.util.HashMap<>();
    for (int i = 0; i < reader.getAttributeCount(); i++) {
      attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
    }
    StringBuilder text = new StringBuilder();
    List<XmlNode> children = new ArrayList<>();
    while (true) {
      int event = reader.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        children.add(read(reader, depth + 1));
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        return new XmlNode(name, Map.copyOf(attributes), text.toString(), children, line);
      } else if (event == XMLStreamConstants.CHARACTERS
          || event == XMLStreamConstants.CDATA
          || event == XMLStreamConstants.SPACE) {
        text.append(reader.getText());
      }
    }
  }

  Optional<XmlNode> child(String childName) {
    return children.stream().filter(c -> c.name.equals(childName)).findFirst();
  }

  List<XmlNode> all(String childName) {
    return children.stream().filter(c -> c.name.equals(childName)).toList();
  }

  /** The trimmed text at the end of a path of child names, if every step exists. */
  Optional<String> at(String... path) {
    XmlNode node = this;
    for (String step : path) {
      Optional<XmlNode> next = node.child(step);
      if (next.isEmpty()) {
        return Optional.empty();
      }
      node = next.get();
    }
    return Optional.of(node.text.strip());
  }

  /** The text of the {@code <text>} child, untrimmed except for surrounding line breaks. */
  String textChild() {
    return child("text").map(t -> t.text.strip()).orElse("");
  }

  Optional<String> attribute(String attributeName) {
    return Optional.ofNullable(attributes.get(attributeName));
  }

  /** Every element under this one, depth first, this one excluded. */
  void descendants(String descendantName, List<XmlNode> found) {
    for (XmlNode child : children) {
      if (child.name.equals(descendantName)) {
        found.add(child);
      }
      child.descendants(descendantName, found);
    }
  }
}
