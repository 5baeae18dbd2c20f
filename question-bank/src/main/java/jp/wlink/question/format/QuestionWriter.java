package jp.wlink.question.format;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** Writes questions in one format and says what it could not express. */
public interface QuestionWriter {
  List<ExportLoss> write(List<ExportedQuestion> questions, OutputStream out) throws IOException;

  /** What writing would lose, without writing: shown before the user downloads. */
  List<ExportLoss> losses(List<ExportedQuestion> questions);
}
