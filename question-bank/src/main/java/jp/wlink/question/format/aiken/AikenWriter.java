package jp.wlink.question.format.aiken;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import jp.wlink.question.content.Choice;
import jp.wlink.question.content.QuestionBody;
import jp.wlink.question.content.QuestionContent;
import jp.wlink.question.content.RichText;
import jp.wlink.question.content.TextFormat;
import jp.wlink.question.format.ExportLoss;
import jp.wlink.question.format.ExportedQuestion;
import jp.wlink.question.format.QuestionWriter;
import jp.wlink.question.text.RichTextSanitiser;

/**
 * Writes single-choice questions as Aiken in UTF-8. Questions of other types, or without exactly
 * one fully right choice, are left out; everything else Aiken cannot say (feedback, 解説, partial
 * credit, formatting, marks, metadata, files) is listed per question.
 */
public final class AikenWriter implements QuestionWriter {
  static final int MAX_OPTIONS = 26;

  private static final RichTextSanitiser SANITISER = new RichTextSanitiser();

  @Override
  public List<ExportLoss> write(List<ExportedQuestion> questions, OutputStream out)
      throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    for (ExportedQuestion question : questions) {
      if (writable(question.content())) {
        write(question.content(), writer);
      }
    }
    writer.flush();
    return losses(questions);
  }

  private static void write(QuestionContent content, Writer writer) throws IOException {
    QuestionBody.Choices body = (QuestionBody.Choices) content.body();
    for (String line : text(content.stem()).split("\n")) {
      if (!line.isBlank()) {
        writer.write(line.strip() + "\n");
      }
    }
    char letter = 'A';
    char answer = 'A';
    for (Choice choice : body.choices()) {
      writer.write(letter + ". " + text(choice.text()).replaceAll("\\s+", " ").strip() + "\n");
      answer = choice.fraction() == 1.0 ? letter : answer;
      letter++;
    }
    writer.write("ANSWER: " + answer + "\n\n");
  }

  /** Single choice with 2 to 26 options of which exactly one earns the whole mark. */
  static boolean writable(QuestionContent content) {
    if (!(content.body() instanceof QuestionBody.Choices body)
        || content.type() != jp.wlink.question.content.QuestionType.SINGLE_CHOICE) {
      return false;
    }
    long right = body.choices().stream().filter(c -> c.fraction() == 1.0).count();
    int size = body.choices().size();
    return right == 1 && size >= 2 && size <= MAX_OPTIONS;
  }

  static String text(RichText text) {
    return text.format() == TextFormat.HTML ? SANITISER.plainText(text.text()) : text.text();
  }

  @Override
  public List<ExportLoss> losses(List<ExportedQuestion> questions) {
    List<ExportLoss> losses = new ArrayList<>();
    for (ExportedQuestion question : questions) {
      String name = question.content().name();
      if (!writable(question.content())) {
        losses.add(ExportLoss.of(name, "aiken.notSingleChoice"));
        continue;
      }
      AikenLosses.of(question).forEach(key -> losses.add(ExportLoss.of(name, key)));
    }
    return losses;
  }
}
