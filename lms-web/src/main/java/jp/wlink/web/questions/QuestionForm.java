package jp.wlink.web.questions;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import jp.wlink.question.content.QuestionType;
import jp.wlink.question.content.TextFormat;

/**
 * Everything the question editor holds, as typed. {@code answers} are the rows of whatever list the
 * type has (choices, accepted answers, numerical answers, pairs, items); switching the type keeps
 * them, so an author who picks the wrong type loses nothing. A cloze question's stem holds its gaps
 * in Moodle's embedded syntax.
 */
public class QuestionForm implements Serializable {
  private static final long serialVersionUID = 1L;
  static final int STARTING_ROWS = 4;

  private QuestionType type = QuestionType.SINGLE_CHOICE;
  private TextFormat textFormat = TextFormat.HTML;
  private String name = "";
  private String stem = "";
  private String generalFeedback = "";
  private String explanation = "";
  private String defaultMark = "1";
  private String penalty = "0";
  private final ArrayList<AnswerRow> answers = new ArrayList<>();
  private final ArrayList<UnitRow> units = new ArrayList<>();
  private boolean shuffle = true;
  private boolean caseSensitive;
  private boolean unitRequired;
  private boolean trueFalseAnswer = true;
  private String feedbackTrue = "";
  private String feedbackFalse = "";
  private String responseTemplate = "";
  private String graderInfo = "";
  private String responseLines = "15";
  private final MetadataForm metadata = new MetadataForm();

  /** A blank form for a new question, with a few empty answer rows to type into. */
  public static QuestionForm blank() {
    QuestionForm form = new QuestionForm();
    for (int i = 0; i < STARTING_ROWS; i++) {
      form.addAnswer();
    }
    return form;
  }

  public void addAnswer() {
    answers.add(new AnswerRow());
  }

  public void removeAnswer(int index) {
    if (index >= 0 && index < answers.size()) {
      answers.remove(index);
    }
  }

  public void addUnit() {
    units.add(new UnitRow());
  }

  public void removeUnit(int index) {
    if (index >= 0 && index < units.size()) {
      units.remove(index);
    }
  }

  /** The rows that hold anything: blank rows are left over from adding, not answers. */
  List<AnswerRow> filledAnswers() {
    return answers.stream().filter(row -> !row.isBlank()).toList();
  }

  public QuestionType getType() {
    return type;
  }

  public void setType(QuestionType type) {
    this.type = type == null ? QuestionType.SINGLE_CHOICE : type;
  }

  public TextFormat getTextFormat() {
    return textFormat;
  }

  public void setTextFormat(TextFormat textFormat) {
    this.textFormat = textFormat == null ? TextFormat.HTML : textFormat;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = orEmpty(name);
  }

  public String getStem() {
    return stem;
  }

  public void setStem(String stem) {
    this.stem = orEmpty(stem);
  }

  public String getGeneralFeedback() {
    return generalFeedback;
  }

  public void setGeneralFeedback(String generalFeedback) {
    this.generalFeedback = orEmpty(generalFeedback);
  }

  public String getExplanation() {
    return explanation;
  }

  public void setExplanation(String explanation) {
    this.explanation = orEmpty(explanation);
  }

  public String getDefaultMark() {
    return defaultMark;
  }

  public void setDefaultMark(String defaultMark) {
    this.defaultMark = orEmpty(defaultMark);
  }

  public String getPenalty() {
    return penalty;
  }

  public void setPenalty(String penalty) {
    this.penalty = orEmpty(penalty);
  }

  public List<AnswerRow> getAnswers() {
    return answers;
  }

  public List<UnitRow> getUnits() {
    return units;
  }

  public boolean isShuffle() {
    return shuffle;
  }

  public void setShuffle(boolean shuffle) {
    this.shuffle = shuffle;
  }

  public boolean isCaseSensitive() {
    return caseSensitive;
  }

  public void setCaseSensitive(boolean caseSensitive) {
    this.caseSensitive = caseSensitive;
  }

  public boolean isUnitRequired() {
    return unitRequired;
  }

  public void setUnitRequired(boolean unitRequired) {
    this.unitRequired = unitRequired;
  }

  public boolean isTrueFalseAnswer() {
    return trueFalseAnswer;
  }

  public void setTrueFalseAnswer(boolean trueFalseAnswer) {
    this.trueFalseAnswer = trueFalseAnswer;
  }

  public String getFeedbackTrue() {
    return feedbackTrue;
  }

  public void setFeedbackTrue(String feedbackTrue) {
    this.feedbackTrue = orEmpty(feedbackTrue);
  }

  public String getFeedbackFalse() {
    return feedbackFalse;
  }

  public void setFeedbackFalse(String feedbackFalse) {
    this.feedbackFalse = orEmpty(feedbackFalse);
  }

  public String getResponseTemplate() {
    return responseTemplate;
  }

  public void setResponseTemplate(String responseTemplate) {
    this.responseTemplate = orEmpty(responseTemplate);
  }

  public String getGraderInfo() {
    return graderInfo;
  }

  public void setGraderInfo(String graderInfo) {
    this.graderInfo = orEmpty(graderInfo);
  }

  public String getResponseLines() {
    return responseLines;
  }

  public void setResponseLines(String responseLines) {
    this.responseLines = orEmpty(responseLines);
  }

  public MetadataForm getMetadata() {
    return metadata;
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
