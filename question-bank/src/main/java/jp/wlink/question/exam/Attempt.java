package jp.wlink.question.exam;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import jp.wlink.question.bank.UtcInstantConverter;
import jp.wlink.question.certification.Blueprint;

/**
 * One learner's sitting of a mock exam or practice quiz. The server's clock sets {@code startedAt}
 * and the deadline; answers are taken only while OPEN and before the deadline; the move to
 * SUBMITTED happens once, by a conditional update, and records how the attempt ended. The result
 * (points, sub-scores, pass) is provisional while an essay awaits grading.
 */
@Entity
@Cacheable(false)
@Table(name = "exam_attempt")
@NamedQuery(
    name = Attempt.OPEN_FOR_BLUEPRINT,
    query =
        "SELECT a FROM Attempt a WHERE a.learnerId = :learner AND a.blueprint = :blueprint"
            + " AND a.state = jp.wlink.question.exam.AttemptState.OPEN AND a.deadline > :now")
@NamedQuery(
    name = Attempt.OPEN_PRACTICE,
    query =
        "SELECT a FROM Attempt a WHERE a.learnerId = :learner"
            + " AND a.kind = jp.wlink.question.exam.AttemptKind.PRACTICE"
            + " AND a.state = jp.wlink.question.exam.AttemptState.OPEN"
            + " AND (a.deadline IS NULL OR a.deadline > :now)"
            + " ORDER BY a.startedAt DESC, a.id DESC")
@NamedQuery(
    name = Attempt.OVERDUE,
    query =
        "SELECT a.id FROM Attempt a WHERE a.state = jp.wlink.question.exam.AttemptState.OPEN"
            + " AND a.deadline <= :now ORDER BY a.deadline")
@NamedQuery(
    name = Attempt.SEEN_SINCE,
    query =
        "SELECT s.questionId, a.startedAt FROM AttemptSlot s JOIN s.attempt a"
            + " WHERE a.learnerId = :learner AND a.startedAt >= :since")
public class Attempt {
  public static final String OPEN_FOR_BLUEPRINT = "Attempt.openForBlueprint";
  public static final String OPEN_PRACTICE = "Attempt.openPractice";
  public static final String OVERDUE = "Attempt.overdue";
  public static final String SEEN_SINCE = "Attempt.seenSince";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "learner_id", nullable = false)
  private long learnerId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AttemptKind kind;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "blueprint_id")
  private Blueprint blueprint;

  @Convert(converter = PracticeSpecJson.class)
  @Column(name = "practice_spec")
  private PracticeSpec practiceSpec;

  @Convert(converter = UtcInstantConverter.class)
  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  /** Null only for an untimed practice quiz. */
  @Convert(converter = UtcInstantConverter.class)
  @Column(name = "deadline")
  private Instant deadline;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AttemptState state = AttemptState.OPEN;

  @Convert(converter = UtcInstantConverter.class)
  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "ending")
  private Ending ending;

  @Column(name = "points")
  private Double points;

  @Column(name = "possible")
  private Integer possible;

  /** Null when nothing decides a pass (practice) or before scoring. */
  @Column(name = "passed")
  private Boolean passed;

  @Column(nullable = false)
  private boolean provisional;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "attempt_subject_score", joinColumns = @JoinColumn(name = "attempt_id"))
  @OrderColumn(name = "position")
  private List<SubjectResult> subjectResults = new ArrayList<>();

  @OneToMany(mappedBy = "attempt", cascade = CascadeType.PERSIST)
  @OrderBy("position")
  private List<AttemptSlot> slots = new ArrayList<>();

  @Version private long version;

  protected Attempt() {}

  private Attempt(long learnerId, AttemptKind kind, Instant startedAt, Instant deadline) {
    this.learnerId = learnerId;
    this.kind = kind;
    this.startedAt = Objects.requireNonNull(startedAt);
    this.deadline = deadline;
  }

  static Attempt mockExam(long learnerId, Blueprint blueprint, Instant now) {
    Attempt attempt =
        new Attempt(learnerId, AttemptKind.MOCK_EXAM, now, now.plus(blueprint.timeLimit()));
    attempt.blueprint = blueprint;
    return attempt;
  }

  static Attempt practice(long learnerId, PracticeSpec spec, Instant now) {
    Instant deadline = spec.minutes() == 0 ? null : now.plusSeconds(60L * spec.minutes());
    Attempt attempt = new Attempt(learnerId, AttemptKind.PRACTICE, now, deadline);
    attempt.practiceSpec = spec;
    return attempt;
  }

  AttemptSlot addSlot(ExamQuestions.Candidate question, long choiceSeed) {
    AttemptSlot slot = new AttemptSlot(this, slots.size() + 1, question, choiceSeed);
    slots.add(slot);
    return slot;
  }

  void recordResult(
      double newPoints,
      int newPossible,
      Boolean hasPassed,
      boolean isProvisional,
      List<SubjectResult> subjects) {
    points = newPoints;
    possible = newPossible;
    passed = hasPassed;
    provisional = isProvisional;
    subjectResults.clear();
    subjectResults.addAll(subjects);
  }

  public Long getId() {
    return id;
  }

  public long getLearnerId() {
    return learnerId;
  }

  public AttemptKind getKind() {
    return kind;
  }

  public Optional<Blueprint> getBlueprint() {
    return Optional.ofNullable(blueprint);
  }

  public Optional<PracticeSpec> getPracticeSpec() {
    return Optional.ofNullable(practiceSpec);
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Optional<Instant> getDeadline() {
    return Optional.ofNullable(deadline);
  }

  public AttemptState getState() {
    return state;
  }

  public Optional<Instant> getSubmittedAt() {
    return Optional.ofNullable(submittedAt);
  }

  public Optional<Ending> getEnding() {
    return Optional.ofNullable(ending);
  }

  public Optional<Double> getPoints() {
    return Optional.ofNullable(points);
  }

  public Optional<Integer> getPossible() {
    return Optional.ofNullable(possible);
  }

  public Optional<Boolean> getPassed() {
    return Optional.ofNullable(passed);
  }

  public boolean isProvisional() {
    return provisional;
  }

  public List<SubjectResult> getSubjectResults() {
    return List.copyOf(subjectResults);
  }

  public List<AttemptSlot> getSlots() {
    return List.copyOf(slots);
  }

  public long getVersion() {
    return version;
  }
}
