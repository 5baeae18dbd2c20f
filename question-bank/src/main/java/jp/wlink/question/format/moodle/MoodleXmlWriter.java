package jp.wlink.question.format.moodle;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import jp.wlink.question.content.QuestionBody;
import jp.wlink.question.content.QuestionContent;
import jp.wlink.question.content.QuestionType;
import jp.wlink.question.content.RichText;
import jp.wlink.question.format.Decimals;
import jp.wlink.question.format.EmbeddedFile;
import jp.wlink.question.format.ExportLoss;
import jp.wlink.question.format.ExportedQuestion;
import jp.wlink.question.format.QuestionWriter;
import jp.wlink.question.format.cloze.ClozeSyntax;

/**
 * Writes questions as Moodle XML (UTF-8), with a category question before each change of category,
 * files embedded as base64 beside the texts that use them, and the metadata Moodle has no field for
 * kept as {@code wlink:} tags and an {@code <explanation>} element.
 */
public final class MoodleXmlWriter implements QuestionWriter {
  @Override
  public List<ExportLoss> write(List<ExportedQuestion> questions, OutputStream out)
      throws IOException {
    try {
      XMLStreamWriter writer =
          XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
      writer.writeStartDocument("UTF-8", "1.0");
      XmlOut xml = new XmlOut(writer);
      xml.open("quiz");
      List<String> category = null;
      for (ExportedQuestion question : questions) {
        List<String> path = question.metadata().categoryPath();
        if (!path.equals(category)) {
          xml.open("question", "type", "category");
          xml.text("category", MoodleCategories.format(path));
          xml.close();
          category = path;
        }
        question(xml, question);
      }
      xml.close();
      writer.writeCharacters("\n");
      writer.writeEndDocument();
      writer.flush();
    } catch (XMLStreamException e) {
      throw new IOException("could not write Moodle XML", e);
    }
    return losses(questions);
  }

  @Override
  public List<ExportLoss> losses(List<ExportedQuestion> questions) {
    List<ExportLoss> losses = new ArrayList<>();
    for (ExportedQuestion question : questions) {
      String name = question.content().name();
      if (question.content().type() == QuestionType.ORDERING) {
        losses.add(ExportLoss.of(name, "moodle.needsPlugin", "qtype_ordering"));
      }
      if (!question.content().explanation().isEmpty()) {
        losses.add(ExportLoss.of(name, "moodle.explanation"));
      }
    }
    return losses;
  }

  private static void question(XmlOut xml, ExportedQuestion question) throws XMLStreamException {
    QuestionContent content = question.content();
    xml.open("question", "type", qtype(content.type()));
    xml.text("name", content.name());
    QuestionBody body = content.body();
    RichText stem =
        body instanceof QuestionBody.Cloze cloze
            ? new RichText(
                ClozeSyntax.format(content.stem().text(), cloze.gaps()), content.stem().format())
            : content.stem();
    xml.open("questiontext", "format", MoodleQuestionContext.formatName(stem.format()));
    xml.value("text", stem.text());
    for (EmbeddedFile file : question.files()) {
      xml.file(file);
    }
    xml.close();
    xml.rich("generalfeedback", content.generalFeedback(), question.files());
    if (!content.explanation().isEmpty()) {
      xml.rich(MoodleMetadata.EXPLANATION, content.explanation(), question.files());
    }
    xml.value("defaultgrade", Decimals.plain(content.defaultMark()));
    xml.value("penalty", Decimals.plain(content.penalty()));
    xml.value("hidden", "0");
    xml.value("idnumber", question.metadata().idNumber().orElse(""));
    body(new MoodleBodyWriter(xml, question.files()), content);
    tags(xml, question);
    xml.close();
  }

  private static void body(MoodleBodyWriter out, QuestionContent content)
      throws XMLStreamException {
    QuestionBody body = content.body();
    if (body instanceof QuestionBody.Choices choices) {
      out.choices(choices, content.type() == QuestionType.SINGLE_CHOICE);
    } else if (body instanceof QuestionBody.TrueFalse trueFalse) {
      out.trueFalse(trueFalse);
    } else if (body instanceof QuestionBody.ShortAnswer shortAnswer) {
      out.shortAnswer(shortAnswer);
    } else if (body instanceof QuestionBody.Numerical numerical) {
      out.numerical(numerical);
    } else if (body instanceof QuestionBody.Matching matching) {
      out.matching(matching);
    } else if (body instanceof QuestionBody.Ordering ordering) {
      out.ordering(ordering);
    } else if (body instanceof QuestionBody.Essay essay) {
      out.essay(essay);
    }
  }

  private static void tags(XmlOut xml, ExportedQuestion question) throws XMLStreamException {
    List<String> tags = MoodleMetadata.tags(question.metadata());
    if (tags.isEmpty()) {
      return;
    }
    xml.open("tags");
    for (String tag : tags) {
      xml.text("tag", tag);
    }
    xml.close();
  }

  private static String qtype(QuestionType type) {
    return switch (type) {
      case SINGLE_CHOICE, MULTIPLE_RESPONSE -> "multichoice";
      case TRUE_FALSE -> "truefalse";
      case SHORT_ANSWER -> "shortanswer";
      case NUMERICAL -> "numerical";
      case MATCHING -> "matching";
      case ORDERING -> "ordering";
      case CLOZE -> "cloze";
      case ESSAY -> "essay";
      case DESCRIPTION -> "description";
    };
  }
}
