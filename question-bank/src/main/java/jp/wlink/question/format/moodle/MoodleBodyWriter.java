package jp.wlink.question.format.moodle;

import java.util.List;
import javax.xml.stream.XMLStreamException;
import jp.wlink.question.content.AcceptedAnswer;
import jp.wlink.question.content.Choice;
import jp.wlink.question.content.MatchPair;
import jp.wlink.question.content.NumericAnswer;
import jp.wlink.question.content.NumericUnit;
import jp.wlink.question.content.QuestionBody;
import jp.wlink.question.content.RichText;
import jp.wlink.question.format.Decimals;
import jp.wlink.question.format.EmbeddedFile;

/** The type-specific elements of a Moodle XML question. */
final class MoodleBodyWriter {
  private final XmlOut out;
  private final List<EmbeddedFile> files;

  MoodleBodyWriter(XmlOut out, List<EmbeddedFile> files) {
    this.out = out;
    this.files = files;
  }

  void choices(QuestionBody.Choices body, boolean single) throws XMLStreamException {
    out.value("single", String.valueOf(single));
    out.value("shuffleanswers", body.shuffle() ? "1" : "0");
    out.value("answernumbering", "abc");
    for (Choice choice : body.choices()) {
      answer(choice.fraction(), choice.text(), choice.feedback());
      out.close();
    }
  }

  void trueFalse(QuestionBody.TrueFalse body) throws XMLStreamException {
    answer(body.answer() ? 1 : 0, RichText.plain("true"), body.feedbackWhenTrue());
    out.close();
    answer(body.answer() ? 0 : 1, RichText.plain("false"), body.feedbackWhenFalse());
    out.close();
  }

  void shortAnswer(QuestionBody.ShortAnswer body) throws XMLStreamException {
    out.value("usecase", body.caseSensitive() ? "1" : "0");
    for (AcceptedAnswer answer : body.answers()) {
      answer(answer.fraction(), RichText.plain(answer.text()), answer.feedback());
      out.close();
    }
  }

  void numerical(QuestionBody.Numerical body) throws XMLStreamException {
    for (NumericAnswer answer : body.answers()) {
      answer(answer.fraction(), RichText.plain(Decimals.plain(answer.value())), answer.feedback());
      out.value("tolerance", Decimals.plain(answer.tolerance()));
      out.close();
    }
    if (!body.units().isEmpty()) {
      out.open("units");
      for (NumericUnit unit : body.units()) {
        out.open("unit");
        out.value("multiplier", Decimals.plain(unit.multiplier()));
        out.value("unit_name", unit.name());
        out.close();
      }
      out.close();
    }
    out.value("unitgradingtype", body.unitRequired() ? "1" : "0");
    out.value("unitpenalty", "0.1000000");
    out.value("showunits", body.units().isEmpty() ? "3" : "0");
    out.value("unitsleft", "0");
  }

  void matching(QuestionBody.Matching body) throws XMLStreamException {
    out.value("shuffleanswers", body.shuffle() ? "1" : "0");
    for (MatchPair pair : body.pairs()) {
      out.open("subquestion", "format", MoodleQuestionContext.formatName(pair.prompt().format()));
      out.value("text", pair.prompt().text());
      out.text("answer", pair.answer());
      out.close();
    }
  }

  /** qtype_ordering keeps the correct position of each item in {@code fraction}. */
  void ordering(QuestionBody.Ordering body) throws XMLStreamException {
    out.value("layouttype", "0");
    out.value("selecttype", "0");
    out.value("selectcount", "0");
    out.value("gradingtype", "0");
    for (int i = 0; i < body.items().size(); i++) {
      RichText item = body.items().get(i);
      out.open("answer", "fraction", String.valueOf(i + 1), "format", format(item));
      out.value("text", item.text());
      out.close();
    }
  }

  void essay(QuestionBody.Essay body) throws XMLStreamException {
    out.value("responseformat", "editor");
    out.value("responserequired", "1");
    out.value("responsefieldlines", String.valueOf(body.responseLines()));
    out.value("attachments", "0");
    out.rich("graderinfo", body.graderInfo(), files);
    out.rich("responsetemplate", body.responseTemplate(), files);
  }

  /** Opens an answer and writes its text and feedback; the caller closes it. */
  private void answer(double fraction, RichText text, RichText feedback) throws XMLStreamException {
    out.open("answer", "fraction", Decimals.percentOf(fraction), "format", format(text));
    out.value("text", text.text());
    for (EmbeddedFile file : files) {
      if (text.text().contains("@@PLUGINFILE@@/" + file.name())) {
        out.file(file);
      }
    }
    out.rich("feedback", feedback, files);
  }

  private static String format(RichText text) {
    return MoodleQuestionContext.formatName(text.format());
  }
}
