package jp.wlink.question.format.moodle;

import java.util.Base64;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import jp.wlink.question.content.RichText;
import jp.wlink.question.format.EmbeddedFile;

/** The few shapes Moodle XML repeats, written with indentation a person can read. */
final class XmlOut {
  private final XMLStreamWriter writer;
  private int depth;

  XmlOut(XMLStreamWriter writer) {
    this.writer = writer;
  }

  void open(String name, String... attributes) throws XMLStreamException {
    indent();
    writer.writeStartElement(name);
    for (int i = 0; i + 1 < attributes.length; i += 2) {
      writer.writeAttribute(attributes[i], attributes[i + 1]);
    }
    depth++;
  }

  void close() throws XMLStreamException {
    depth--;
    indent();
    writer.writeEndElement();
  }

  /** {@code <name>value</name>} on one line. */
  void value(String name, String value) throws XMLStreamException {
    indent();
    writer.writeStartElement(name);
    writer.writeCharacters(value);
    writer.writeEndElement();
  }

  /** {@code <name><text>value</text></name>}. */
  void text(String name, String value) throws XMLStreamException {
    open(name);
    value("text", value);
    close();
  }

  /** Rich text with its format, and the files whose references it holds. */
  void rich(String name, RichText text, List<EmbeddedFile> files) throws XMLStreamException {
    open(name, "format", MoodleQuestionContext.formatName(text.format()));
    value("text", text.text());
    for (EmbeddedFile file : files) {
      if (text.text().contains("@@PLUGINFILE@@/" + file.name())) {
        file(file);
      }
    }
    close();
  }

  void file(EmbeddedFile file) throws XMLStreamException {
    indent();
    writer.writeStartElement("file");
    writer.writeAttribute("name", file.name());
    writer.writeAttribute("path", "/");
    writer.writeAttribute("encoding", "base64");
    writer.writeCharacters(Base64.getEncoder().encodeToString(file.bytes()));
    writer.writeEndElement();
  }

  private void indent() throws XMLStreamException {
    writer.writeCharacters("\n" + "  ".repeat(depth));
  }
}
