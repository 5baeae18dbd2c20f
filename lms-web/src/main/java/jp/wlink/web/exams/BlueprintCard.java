package jp.wlink.web.exams;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import jp.wlink.question.certification.Blueprint;
import jp.wlink.question.certification.ThresholdKind;

/**
 * A blueprint as the exams page lists it: its subjects with how many questions the bank can offer
 * for each right now, the time limit, the pass rule's numbers and its sources.
 */
public record BlueprintCard(
    long id,
    String code,
    String name,
    int timeLimitMinutes,
    List<SubjectLine> subjects,
    ThresholdKind overallKind,
    Integer overallValue,
    ThresholdKind coreKind,
    Integer coreValue,
    List<String> sources,
    String note)
    implements Serializable {

  /** One subject: questions asked, questions available, and its minimum if it has one. */
  public record SubjectLine(
      String name, int questionCount, int available, Integer minimumCorrect, boolean core)
      implements Serializable {

    public boolean isShort() {
      return available < questionCount;
    }
  }

  static BlueprintCard of(Blueprint blueprint, List<Integer> available, Locale locale) {
    List<SubjectLine> subjects = new java.util.ArrayList<>();
    for (int i = 0; i < blueprint.getSubjects().size(); i++) {
      var subject = blueprint.getSubjects().get(i);
      subjects.add(
          new SubjectLine(
              subject.getName(),
              subject.getQuestionCount(),
              available.get(i),
              subject.getMinimumCorrect(),
              subject.isCore()));
    }
    var rule = blueprint.passRule();
    return new BlueprintCard(
        blueprint.getId(),
        blueprint.getCode(),
        "en".equals(locale.getLanguage()) ? blueprint.getNameEn() : blueprint.getName(),
        blueprint.getTimeLimitMinutes(),
        subjects,
        rule.overall().map(t -> t.kind()).orElse(null),
        rule.overall().map(t -> t.value()).orElse(null),
        rule.core().map(t -> t.kind()).orElse(null),
        rule.core().map(t -> t.value()).orElse(null),
        List.copyOf(blueprint.getSources()),
        blueprint.getNote());
  }

  public int getQuestionCount() {
    return subjects.stream().mapToInt(SubjectLine::questionCount).sum();
  }

  /** Questions the bank can offer, counting no subject beyond what it asks for. */
  public int getAvailable() {
    return subjects.stream().mapToInt(s -> Math.min(s.available(), s.questionCount())).sum();
  }

  public boolean isShort() {
    return getAvailable() < getQuestionCount();
  }

  public boolean isUnavailable() {
    return getAvailable() == 0;
  }
}
