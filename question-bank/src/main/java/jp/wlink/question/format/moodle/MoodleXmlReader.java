package jp.wlink.question.format.moodle;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import jp.wlink.question.format.BoundedBytes;
import jp.wlink.question.format.ImportOptions;
import jp.wlink.question.format.ImportProblem;
import jp.wlink.question.format.ImportReport;
import jp.wlink.question.format.ImportedQuestion;
import jp.wlink.question.format.QuestionReader;

/**
 * Reads a Moodle XML file one {@code <question>} at a time with StAX. A file that declares a
 * DOCTYPE is refused outright, so no entity is ever expanded and nothing is fetched; the parser is
 * also configured without DTD support or external entities in case one slips past.
 */
public final class MoodleXmlReader implements QuestionReader {
  private static final Logger LOG = Logger.getLogger(MoodleXmlReader.class.getName());

  @Override
  public ImportReport read(InputStream in, ImportOptions options) throws IOException {
    Optional<byte[]> bytes = BoundedBytes.read(in, options.limits().maxFileBytes());
    if (bytes.isEmpty()) {
      return new ImportReport(List.of(), List.of(BoundedBytes.tooLarge(options.limits())));
    }
    Run run = new Run(options);
    try {
      XMLStreamReader reader =
          factory().createXMLStreamReader(new ByteArrayInputStream(bytes.get()));
      try {
        run.all(reader);
      } finally {
        reader.close();
      }
    } catch (XMLStreamException e) {
      LOG.log(Level.FINE, "malformed Moodle XML", e);
      int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNumber());
      run.problems.add(ImportProblem.at(line, "xml.malformed"));
    }
    return new ImportReport(run.questions, run.problems);
  }

  private static XMLInputFactory factory() {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    return factory;
  }

  /** One reading of a file: the category in force, the questions and problems so far. */
  private static final class Run {
    private final ImportOptions options;
    private final List<ImportedQuestion> questions = new ArrayList<>();
    private final List<ImportProblem> problems = new ArrayList<>();
    private List<String> category;
    private int count;

    Run(ImportOptions options) {
      this.options = options;
      this.category = options.defaultCategory();
    }

    void all(XMLStreamReader reader) throws XMLStreamException {
      while (reader.hasNext()) {
        int event = reader.next();
        if (event == XMLStreamConstants.DTD) {
          problems.add(ImportProblem.at(reader.getLocation().getLineNumber(), "xml.doctype"));
          return;
        }
        if (event == XMLStreamConstants.START_ELEMENT
            && reader.getLocalName().equals("question")
            && !question(XmlNode.read(reader, 0))) {
          return;
        }
      }
    }

    /** Handles one question element; false when the file holds more than the limit allows. */
    boolean question(XmlNode node) {
      if ("category".equals(node.attributes().get("type"))) {
        category = MoodleCategories.parse(node.at("category", "text").orElse(""));
        return true;
      }
      if (++count > options.limits().maxQuestions()) {
        String limit = String.valueOf(options.limits().maxQuestions());
        problems.add(ImportProblem.at(node.line(), "tooManyQuestions", limit));
        return false;
      }
      MoodleQuestionMapper.map(node, category, problems).ifPresent(questions::add);
      return true;
    }
  }
}
