package jp.wlink.question.exam;

import jp.wlink.question.scoring.Response;

/** Whether a saved response says anything, as the summary counts it. */
final class Answers {
  private Answers() {}

  static boolean given(Response response) {
    if (response instanceof Response.Chosen chosen) {
      return !chosen.choices().isEmpty();
    }
    if (response instanceof Response.Text text) {
      return !text.text().isBlank();
    }
    if (response instanceof Response.Matched matched) {
      return !matched.answers().isEmpty();
    }
    if (response instanceof Response.Ordered ordered) {
      return !ordered.order().isEmpty();
    }
    if (response instanceof Response.Gaps gaps) {
      return gaps.answers().values().stream().anyMatch(a -> !a.isBlank());
    }
    return true;
  }
}
