package jp.wlink.web.questions;

import java.io.Serializable;

/**
 * One editable answer line: a choice, an accepted short answer, a numerical answer, a matching pair
 * or an ordering item. Each type uses the fields it needs; all are text as typed, so that nothing
 * typed is lost to a conversion error before the editor explains what is wrong.
 */
public class AnswerRow implements Serializable {
  private static final long serialVersionUID = 1L;

  private String text = "";
  private String percent = "0";
  private String feedback = "";
  private String tolerance = "0";
  private String prompt = "";

  public AnswerRow() {}

  AnswerRow(String text, String percent, String feedback) {
    this.text = text;
    this.percent = percent;
    this.feedback = feedback;
  }

  static AnswerRow numeric(String value, String tolerance, String percent, String feedback) {
    AnswerRow row = new AnswerRow(value, percent, feedback);
    row.tolerance = tolerance;
    return row;
  }

  static AnswerRow pair(String prompt, String answer) {
    AnswerRow row = new AnswerRow(answer, "0", "");
    row.prompt = prompt;
    return row;
  }

  boolean isBlank() {
    return text.isBlank() && prompt.isBlank() && feedback.isBlank();
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text == null ? "" : text;
  }

  public String getPercent() {
    return percent;
  }

  public void setPercent(String percent) {
    this.percent = percent == null ? "" : percent;
  }

  public String getFeedback() {
    return feedback;
  }

  public void setFeedback(String feedback) {
    this.feedback = feedback == null ? "" : feedback;
  }

  public String getTolerance() {
    return tolerance;
  }

  public void setTolerance(String tolerance) {
    this.tolerance = tolerance == null ? "" : tolerance;
  }

  public String getPrompt() {
    return prompt;
  }

  public void setPrompt(String prompt) {
    this.prompt = prompt == null ? "" : prompt;
  }
}
