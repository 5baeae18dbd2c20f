package jp.wlink.question.certification;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import java.util.OptionalInt;

/** One subject of a blueprint, kept in the blueprint's order. */
@Embeddable
public class BlueprintSubject {
  @Column(nullable = false)
  private String name;

  @Column(name = "question_count", nullable = false)
  private int questionCount;

  @Column(name = "minimum_correct")
  private Integer minimumCorrect;

  @Column(name = "core_subject", nullable = false)
  private boolean core;

  protected BlueprintSubject() {}

  public BlueprintSubject(String name, int questionCount, Integer minimumCorrect, boolean core) {
    this.name = Objects.requireNonNull(name);
    this.questionCount = questionCount;
    this.minimumCorrect = minimumCorrect;
    this.core = core;
    rule();
  }

  /** The plain rule, which also checks the values make sense. */
  public SubjectRule rule() {
    OptionalInt minimum =
        minimumCorrect == null ? OptionalInt.empty() : OptionalInt.of(minimumCorrect);
    return new SubjectRule(name, questionCount, minimum, core);
  }

  public String getName() {
    return name;
  }

  public int getQuestionCount() {
    return questionCount;
  }

  public Integer getMinimumCorrect() {
    return minimumCorrect;
  }

  public boolean isCore() {
    return core;
  }
}
