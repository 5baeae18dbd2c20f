package jp.wlink.web.discussion;

import java.util.Objects;

/**
 * One contact detail found in a post: its kind and where it stands in the text that was checked, as
 * {@code [start, end)} character offsets into that text, with the text exactly as written (for
 * example full-width digits stay full-width).
 */
public record PersonalDataFinding(PersonalDataKind kind, int start, int end, String text) {
  public PersonalDataFinding {
    Objects.requireNonNull(kind);
    Objects.requireNonNull(text);
    if (start < 0 || end <= start || text.length() != end - start) {
      throw new IllegalArgumentException("bad range " + start + ".." + end);
    }
  }

  boolean overlaps(PersonalDataFinding other) {
    return start < other.end && other.start < end;
  }
}
