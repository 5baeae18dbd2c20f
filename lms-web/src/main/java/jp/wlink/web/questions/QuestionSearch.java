package jp.wlink.web.questions;

import java.io.Serializable;
import java.util.Optional;
import jp.wlink.question.bank.QuestionFilter;
import jp.wlink.question.content.QuestionStatus;
import jp.wlink.question.content.QuestionType;

/** The question list's filter form; blank fields do not filter. */
public class QuestionSearch implements Serializable {
  private static final long serialVersionUID = 1L;

  private Long categoryId;
  private QuestionType type;
  private QuestionStatus status;
  private String certification;
  private String subject;
  private Integer level;
  private String tag;
  private String skill;
  private String text;

  /** The bank's filter for what the form holds now. */
  public QuestionFilter toFilter() {
    return new QuestionFilter(
        Optional.ofNullable(categoryId),
        Optional.ofNullable(type),
        Optional.ofNullable(status),
        given(certification),
        given(subject),
        Optional.ofNullable(level),
        given(tag),
        given(skill),
        text == null ? "" : text);
  }

  private static Optional<String> given(String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }

  public Long getCategoryId() {
    return categoryId;
  }

  public void setCategoryId(Long categoryId) {
    this.categoryId = categoryId;
  }

  public QuestionType getType() {
    return type;
  }

  public void setType(QuestionType type) {
    this.type = type;
  }

  public QuestionStatus getStatus() {
    return status;
  }

  public void setStatus(QuestionStatus status) {
    this.status = status;
  }

  public String getCertification() {
    return certification;
  }

  public void setCertification(String certification) {
    this.certification = certification;
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public Integer getLevel() {
    return level;
  }

  public void setLevel(Integer level) {
    this.level = level;
  }

  public String getTag() {
    return tag;
  }

  public void setTag(String tag) {
    this.tag = tag;
  }

  public String getSkill() {
    return skill;
  }

  public void setSkill(String skill) {
    this.skill = skill;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
