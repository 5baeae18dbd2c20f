package jp.wlink.web.questions;

import java.io.Serializable;
import jp.wlink.question.content.QuestionStatus;

/**
 * The editor's metadata fields as typed. The category is a path written with " / " between names;
 * tags and skills are lists separated by commas (、 works too).
 */
public class MetadataForm implements Serializable {
  private static final long serialVersionUID = 1L;

  private String categoryPath = "";
  private String tags = "";
  private String certification;
  private String subject;
  private String skills = "";
  private int level = 1;
  private String source = "";
  private String year = "";
  private String author = "";
  private String licence = "";
  private QuestionStatus status = QuestionStatus.DRAFT;
  private String idNumber = "";

  public String getCategoryPath() {
    return categoryPath;
  }

  public void setCategoryPath(String categoryPath) {
    this.categoryPath = orEmpty(categoryPath);
  }

  public String getTags() {
    return tags;
  }

  public void setTags(String tags) {
    this.tags = orEmpty(tags);
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

  public String getSkills() {
    return skills;
  }

  public void setSkills(String skills) {
    this.skills = orEmpty(skills);
  }

  public int getLevel() {
    return level;
  }

  public void setLevel(int level) {
    this.level = level;
  }

  public String getSource() {
    return source;
  }

  public void setSource(String source) {
    this.source = orEmpty(source);
  }

  public String getYear() {
    return year;
  }

  public void setYear(String year) {
    this.year = orEmpty(year);
  }

  public String getAuthor() {
    return author;
  }

  public void setAuthor(String author) {
    this.author = orEmpty(author);
  }

  public String getLicence() {
    return licence;
  }

  public void setLicence(String licence) {
    this.licence = orEmpty(licence);
  }

  public QuestionStatus getStatus() {
    return status;
  }

  public void setStatus(QuestionStatus status) {
    this.status = status == null ? QuestionStatus.DRAFT : status;
  }

  public String getIdNumber() {
    return idNumber;
  }

  public void setIdNumber(String idNumber) {
    this.idNumber = orEmpty(idNumber);
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
