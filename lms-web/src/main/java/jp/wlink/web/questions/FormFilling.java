package jp.wlink.web.questions;

import java.util.List;
import java.util.stream.Stream;
import jp.wlink.question.content.AcceptedAnswer;
import jp.wlink.question.content.Choice;
import jp.wlink.question.content.MatchPair;
import jp.wlink.question.content.NumericAnswer;
import jp.wlink.question.content.NumericUnit;
import jp.wlink.question.content.QuestionBody;
import jp.wlink.question.content.QuestionContent;
import jp.wlink.question.content.QuestionMetadata;
import jp.wlink.question.content.RichText;
import jp.wlink.question.content.TextFormat;
import jp.wlink.question.format.Decimals;
import jp.wlink.question.format.moodle.EmbeddedAnswers;
import jp.wlink.question.text.RichTextRenderer;

/**
 * Fills the editor's form from a stored question, so that saving it unchanged stores the same
 * question. The editor writes all of a question's texts in one format: a question whose texts mix
 * formats (some imports do) is shown with every text turned into HTML.
 */
final class FormFilling {
  private final RichTextRenderer renderer = new RichTextRenderer();
  private final QuestionForm form = new QuestionForm();
  private final boolean mixed;

  private FormFilling(QuestionContent content) {
    TextFormat stemFormat = content.stem().format();
    mixed = texts(content).anyMatch(t -> !t.isEmpty() && t.format() != stemFormat);
    form.setTextFormat(mixed ? TextFormat.HTML : stemFormat);
  }

  static QuestionForm fill(QuestionContent content, QuestionMetadata metadata) {
    FormFilling filling = new FormFilling(content);
    filling.content(content);
    filling.metadata(metadata);
    return filling.form;
  }

  private void content(QuestionContent content) {
    form.setType(content.type());
    form.setName(content.name());
    form.setStem(text(content.stem()));
    form.setGeneralFeedback(text(content.generalFeedback()));
    form.setExplanation(text(content.explanation()));
    form.setDefaultMark(Decimals.plain(content.defaultMark()));
    form.setPenalty(Decimals.plain(content.penalty()));
    body(content);
  }

  private void body(QuestionContent content) {
    QuestionBody body = content.body();
    if (body instanceof QuestionBody.Choices c) {
      c.choices().forEach(this::choice);
      form.setShuffle(c.shuffle());
    } else if (body instanceof QuestionBody.TrueFalse t) {
      form.setTrueFalseAnswer(t.answer());
      form.setFeedbackTrue(text(t.feedbackWhenTrue()));
      form.setFeedbackFalse(text(t.feedbackWhenFalse()));
    } else if (body instanceof QuestionBody.ShortAnswer s) {
      s.answers().forEach(this::accepted);
      form.setCaseSensitive(s.caseSensitive());
    } else if (body instanceof QuestionBody.Numerical n) {
      n.answers().forEach(this::numeric);
      n.units().forEach(this::unit);
      form.setUnitRequired(n.unitRequired());
    } else if (body instanceof QuestionBody.Matching m) {
      m.pairs().forEach(this::pair);
      form.setShuffle(m.shuffle());
    } else if (body instanceof QuestionBody.Ordering o) {
      o.items().forEach(item -> form.getAnswers().add(new AnswerRow(text(item), "0", "")));
    } else if (body instanceof QuestionBody.Cloze c) {
      form.setStem(EmbeddedAnswers.format(content.stem().text(), c.gaps()));
    } else if (body instanceof QuestionBody.Essay e) {
      form.setResponseTemplate(text(e.responseTemplate()));
      form.setGraderInfo(text(e.graderInfo()));
      form.setResponseLines(String.valueOf(e.responseLines()));
    }
  }

  private void choice(Choice choice) {
    form.getAnswers()
        .add(
            new AnswerRow(
                text(choice.text()),
                Decimals.percentOf(choice.fraction()),
                text(choice.feedback())));
  }

  private void accepted(AcceptedAnswer answer) {
    form.getAnswers()
        .add(
            new AnswerRow(
                answer.text(), Decimals.percentOf(answer.fraction()), text(answer.feedback())));
  }

  private void numeric(NumericAnswer answer) {
    form.getAnswers()
        .add(
            AnswerRow.numeric(
                Decimals.plain(answer.value()),
                Decimals.plain(answer.tolerance()),
                Decimals.percentOf(answer.fraction()),
                text(answer.feedback())));
  }

  private void unit(NumericUnit unit) {
    form.getUnits().add(new UnitRow(unit.name(), Decimals.plain(unit.multiplier())));
  }

  private void pair(MatchPair pair) {
    form.getAnswers().add(AnswerRow.pair(text(pair.prompt()), pair.answer()));
  }

  private void metadata(QuestionMetadata metadata) {
    MetadataForm target = form.getMetadata();
    target.setCategoryPath(String.join(QuestionRow.PATH_SEPARATOR, metadata.categoryPath()));
    target.setTags(String.join(", ", metadata.tags()));
    target.setCertification(metadata.certification().orElse(null));
    target.setSubject(metadata.subject().orElse(null));
    target.setSkills(String.join(", ", metadata.skills()));
    target.setLevel(metadata.level());
    target.setSource(metadata.source().orElse(""));
    target.setYear(metadata.year().map(String::valueOf).orElse(""));
    target.setAuthor(metadata.author().orElse(""));
    target.setLicence(metadata.licence().orElse(""));
    target.setStatus(metadata.status());
    target.setIdNumber(metadata.idNumber().orElse(""));
  }

  /** The text as the form edits it: as written, or as HTML when the question mixes formats. */
  private String text(RichText text) {
    return mixed ? renderer.toHtml(text) : text.text();
  }

  private static Stream<RichText> texts(QuestionContent content) {
    List<RichText> common =
        List.of(content.stem(), content.generalFeedback(), content.explanation());
    Stream<RichText> body = Stream.empty();
    if (content.body() instanceof QuestionBody.Choices c) {
      body = c.choices().stream().flatMap(x -> Stream.of(x.text(), x.feedback()));
    } else if (content.body() instanceof QuestionBody.Ordering o) {
      body = o.items().stream();
    } else if (content.body() instanceof QuestionBody.Matching m) {
      body = m.pairs().stream().map(MatchPair::prompt);
    }
    return Stream.concat(common.stream(), body);
  }
}
