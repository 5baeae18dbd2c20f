package jp.wlink.web.exams;

import java.io.Serializable;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jp.wlink.question.certification.Blueprint;
import jp.wlink.question.certification.BlueprintSubject;
import jp.wlink.question.certification.ThresholdKind;

/**
 * A blueprint as an administrator edits it, checked as a whole before anything is stored: every
 * problem is reported with the field it belongs to and a bundle key, never as an exception.
 */
public class BlueprintForm implements Serializable {
  private static final long serialVersionUID = 1L;
  static final int MAX_TIME_LIMIT = 24 * 60;
  static final int MAX_NAME = 100;
  static final int MAX_SOURCE = 500;

  /** One problem of the form: the field at fault (for the page) and the message's key and args. */
  public record Problem(String field, String key, List<Object> args) implements Serializable {}

  /** One subject row, editable in place. */
  public static class SubjectRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String name;
    private Integer questionCount;
    private Integer minimumCorrect;
    private boolean core;

    public SubjectRow() {}

    SubjectRow(BlueprintSubject subject) {
      name = subject.getName();
      questionCount = subject.getQuestionCount();
      minimumCorrect = subject.getMinimumCorrect();
      core = subject.isCore();
    }

    BlueprintSubject toSubject() {
      return new BlueprintSubject(name.strip(), questionCount, minimumCorrect, core);
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public Integer getQuestionCount() {
      return questionCount;
    }

    public void setQuestionCount(Integer questionCount) {
      this.questionCount = questionCount;
    }

    public Integer getMinimumCorrect() {
      return minimumCorrect;
    }

    public void setMinimumCorrect(Integer minimumCorrect) {
      this.minimumCorrect = minimumCorrect;
    }

    public boolean isCore() {
      return core;
    }

    public void setCore(boolean core) {
      this.core = core;
    }
  }

  private long id;
  private long version;
  private String name;
  private Integer timeLimitMinutes;
  private ThresholdKind overallKind;
  private Integer overallValue;
  private ThresholdKind coreKind;
  private Integer coreValue;
  private ArrayList<SubjectRow> subjects = new ArrayList<>();
  private String sources;
  private String note;

  public BlueprintForm() {}

  static BlueprintForm of(Blueprint blueprint) {
    BlueprintForm form = new BlueprintForm();
    form.id = blueprint.getId();
    form.version = blueprint.getVersion();
    form.name = blueprint.getName();
    form.timeLimitMinutes = blueprint.getTimeLimitMinutes();
    var rule = blueprint.passRule();
    form.overallKind = rule.overall().map(t -> t.kind()).orElse(null);
    form.overallValue = rule.overall().map(t -> t.value()).orElse(null);
    form.coreKind = rule.core().map(t -> t.kind()).orElse(null);
    form.coreValue = rule.core().map(t -> t.value()).orElse(null);
    blueprint.getSubjects().forEach(s -> form.subjects.add(new SubjectRow(s)));
    form.sources = String.join("\n", blueprint.getSources());
    form.note = blueprint.getNote();
    return form;
  }

  /** Every problem of the form, in the order of the fields; empty when it can be stored. */
  public List<Problem> problems() {
    List<Problem> problems = new ArrayList<>();
    if (timeLimitMinutes == null || timeLimitMinutes < 1 || timeLimitMinutes > MAX_TIME_LIMIT) {
      problems.add(
          new Problem("timeLimit", "blueprint.invalid.timeLimit", List.of(MAX_TIME_LIMIT)));
    }
    checkSubjects(problems);
    checkThreshold("overall", overallKind, overallValue, questionTotal(false), problems);
    checkThreshold("core", coreKind, coreValue, questionTotal(true), problems);
    if (coreKind != null && subjects.stream().noneMatch(SubjectRow::isCore)) {
      problems.add(new Problem("core", "blueprint.invalid.coreWithoutSubjects", List.of()));
    }
    for (String source : sourceList()) {
      if (!isWebAddress(source)) {
        problems.add(new Problem("sources", "blueprint.invalid.source", List.of(source)));
      }
    }
    return problems;
  }

  private void checkSubjects(List<Problem> problems) {
    if (subjects.isEmpty()) {
      problems.add(new Problem("subjects", "blueprint.invalid.noSubjects", List.of()));
    }
    Set<String> names = new HashSet<>();
    for (int i = 0; i < subjects.size(); i++) {
      SubjectRow row = subjects.get(i);
      int number = i + 1;
      String subjectName = row.name == null ? "" : row.name.strip();
      if (subjectName.isEmpty() || subjectName.length() > MAX_NAME) {
        problems.add(new Problem("subjects", "blueprint.invalid.subjectName", List.of(number)));
      } else if (!names.add(subjectName)) {
        problems.add(new Problem("subjects", "blueprint.invalid.duplicate", List.of(subjectName)));
      }
      if (row.questionCount == null || row.questionCount < 1) {
        problems.add(new Problem("subjects", "blueprint.invalid.count", List.of(number)));
      } else if (row.minimumCorrect != null
          && (row.minimumCorrect < 0 || row.minimumCorrect > row.questionCount)) {
        problems.add(new Problem("subjects", "blueprint.invalid.minimum", List.of(number)));
      }
    }
  }

  private static void checkThreshold(
      String field, ThresholdKind kind, Integer value, int possible, List<Problem> problems) {
    if (kind == null) {
      return;
    }
    boolean valid =
        value != null
            && value >= 0
            && (kind == ThresholdKind.PERCENT ? value <= 100 : value <= possible);
    if (!valid) {
      problems.add(new Problem(field, "blueprint.invalid." + field, List.of(possible)));
    }
  }

  private int questionTotal(boolean coreOnly) {
    return subjects.stream()
        .filter(s -> !coreOnly || s.core)
        .mapToInt(s -> s.questionCount == null ? 0 : s.questionCount)
        .sum();
  }

  List<String> sourceList() {
    if (sources == null) {
      return List.of();
    }
    return Arrays.stream(sources.split("\\R"))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  private static boolean isWebAddress(String source) {
    if (source.length() > MAX_SOURCE) {
      return false;
    }
    try {
      URI uri = new URI(source);
      return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
          && uri.getHost() != null;
    } catch (URISyntaxException notAnAddress) {
      return false;
    }
  }

  public void addSubject() {
    subjects.add(new SubjectRow());
  }

  public void removeSubject(SubjectRow row) {
    subjects.remove(row);
  }

  public long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public String getName() {
    return name;
  }

  public Integer getTimeLimitMinutes() {
    return timeLimitMinutes;
  }

  public void setTimeLimitMinutes(Integer timeLimitMinutes) {
    this.timeLimitMinutes = timeLimitMinutes;
  }

  public ThresholdKind getOverallKind() {
    return overallKind;
  }

  public void setOverallKind(ThresholdKind overallKind) {
    this.overallKind = overallKind;
  }

  public Integer getOverallValue() {
    return overallValue;
  }

  public void setOverallValue(Integer overallValue) {
    this.overallValue = overallValue;
  }

  public ThresholdKind getCoreKind() {
    return coreKind;
  }

  public void setCoreKind(ThresholdKind coreKind) {
    this.coreKind = coreKind;
  }

  public Integer getCoreValue() {
    return coreValue;
  }

  public void setCoreValue(Integer coreValue) {
    this.coreValue = coreValue;
  }

  public List<SubjectRow> getSubjects() {
    return subjects;
  }

  public String getSources() {
    return sources;
  }

  public void setSources(String sources) {
    this.sources = sources;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
