package jp.wlink.question.format.gift;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import jp.wlink.question.format.ExportLoss;
import jp.wlink.question.format.ExportedQuestion;
import jp.wlink.question.format.QuestionWriter;
import jp.wlink.question.format.moodle.MoodleCategories;

/**
 * Writes questions as UTF-8 GIFT. Categories become {@code $CATEGORY:} lines, id numbers and tags
 * become the {@code // [id:..] [tag:..]} comments Moodle reads; ordering and cloze questions, which
 * GIFT cannot express, are left out and listed as losses.
 */
public final class GiftWriter implements QuestionWriter {
  @Override
  public List<ExportLoss> write(List<ExportedQuestion> questions, OutputStream out)
      throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    List<String> category = null;
    for (ExportedQuestion question : questions) {
      if (!GiftLosses.writable(question.content().type())) {
        continue;
      }
      List<String> path = question.metadata().categoryPath();
      if (!path.equals(category) && !(category == null && path.isEmpty())) {
        writer.write("$CATEGORY: " + MoodleCategories.format(path) + "\n\n");
      }
      category = path;
      writer.write(comment(question));
      writer.write(GiftQuestionText.of(question.content()));
      writer.write("\n\n");
    }
    writer.flush();
    return losses(questions);
  }

  @Override
  public List<ExportLoss> losses(List<ExportedQuestion> questions) {
    List<ExportLoss> losses = new ArrayList<>();
    for (ExportedQuestion question : questions) {
      losses.addAll(GiftLosses.of(question));
    }
    return losses;
  }

  private static String comment(ExportedQuestion question) {
    StringBuilder out = new StringBuilder();
    question.metadata().idNumber().ifPresent(id -> out.append(" [id:").append(id).append(']'));
    for (String tag : question.metadata().tags()) {
      out.append(" [tag:").append(tag).append(']');
    }
    return out.isEmpty() ? "" : "//" + out + "\n";
  }
}
