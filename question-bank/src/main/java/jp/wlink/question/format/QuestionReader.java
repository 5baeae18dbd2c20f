package jp.wlink.question.format;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a whole question file without side effects. Malformed content becomes {@link
 * ImportProblem}s; only a failing stream throws.
 */
public interface QuestionReader {
  ImportReport read(InputStream in, ImportOptions options) throws IOException;
}
