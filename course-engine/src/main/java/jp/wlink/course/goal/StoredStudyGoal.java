package jp.wlink.course.goal;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import jp.wlink.question.bank.UtcInstantConverter;

/** A learner's one study goal: a certification's blueprint and the date of its exam. */
@Entity
@Table(name = "study_goal")
public class StoredStudyGoal {
  @Id
  @Column(name = "account_id")
  private long accountId;

  @Column(name = "blueprint_id", nullable = false)
  private long blueprintId;

  @Column(name = "exam_date", nullable = false)
  private LocalDate examDate;

  @Convert(converter = UtcInstantConverter.class)
  @Column(name = "set_at", nullable = false)
  private Instant setAt;

  @Version private long version;

  protected StoredStudyGoal() {}

  StoredStudyGoal(long accountId, long blueprintId, LocalDate examDate, Instant setAt) {
    this.accountId = accountId;
    change(blueprintId, examDate, setAt);
  }

  final void change(long newBlueprintId, LocalDate newExamDate, Instant now) {
    blueprintId = newBlueprintId;
    examDate = Objects.requireNonNull(newExamDate, "examDate");
    setAt = Objects.requireNonNull(now, "now");
  }

  public long getAccountId() {
    return accountId;
  }

  public long getBlueprintId() {
    return blueprintId;
  }

  public LocalDate getExamDate() {
    return examDate;
  }

  public Instant getSetAt() {
    return setAt;
  }
}
