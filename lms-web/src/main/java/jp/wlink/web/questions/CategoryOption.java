package jp.wlink.web.questions;

import java.io.Serializable;
import java.util.List;

/** A category as a picker lists it: its id, its path, and how deep it sits (from 1). */
public record CategoryOption(long id, List<String> path) implements Serializable {
  public CategoryOption {
    path = List.copyOf(path);
  }

  public String getLabel() {
    return String.join(QuestionRow.PATH_SEPARATOR, path);
  }

  public int getDepth() {
    return path.size();
  }
}
