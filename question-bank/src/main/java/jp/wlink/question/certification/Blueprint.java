package jp.wlink.question.certification;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A certification's exam as W/LINK models it: subjects in order with their question counts and
 * minimums, a time limit, the overall and core-group minimums, and the sources the figures come
 * from. Blueprints are data an administrator may edit; an attempt keeps its own copy of the
 * questions and results, so editing a blueprint never changes a past result.
 */
@Entity
@Table(name = "blueprint")
@NamedQuery(name = Blueprint.BY_CODE, query = "SELECT b FROM Blueprint b WHERE b.code = :code")
@NamedQuery(name = Blueprint.ALL, query = "SELECT b FROM Blueprint b ORDER BY b.code")
public class Blueprint {
  public static final String BY_CODE = "Blueprint.byCode";
  public static final String ALL = "Blueprint.all";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** Stable key, also the certification that questions name ({@code GESUIDO_3}). */
  @Column(nullable = false)
  private String code;

  @Column(name = "name_ja", nullable = false)
  private String name;

  @Column(name = "name_en", nullable = false)
  private String nameEn;

  @Column(name = "time_limit_minutes", nullable = false)
  private int timeLimitMinutes;

  @Enumerated(EnumType.STRING)
  @Column(name = "overall_kind")
  private ThresholdKind overallKind;

  @Column(name = "overall_value")
  private Integer overallValue;

  @Enumerated(EnumType.STRING)
  @Column(name = "core_kind")
  private ThresholdKind coreKind;

  @Column(name = "core_value")
  private Integer coreValue;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "blueprint_subject", joinColumns = @JoinColumn(name = "blueprint_id"))
  @OrderColumn(name = "position")
  private List<BlueprintSubject> subjects = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "blueprint_source", joinColumns = @JoinColumn(name = "blueprint_id"))
  @OrderColumn(name = "position")
  @Column(name = "url", nullable = false)
  private List<String> sources = new ArrayList<>();

  @Column(name = "note")
  private String note;

  @Version private long version;

  protected Blueprint() {}

  public Blueprint(String code, String name, String nameEn, int timeLimitMinutes) {
    this.code = Objects.requireNonNull(code);
    this.name = Objects.requireNonNull(name);
    this.nameEn = Objects.requireNonNull(nameEn);
    changeTimeLimit(timeLimitMinutes);
  }

  /** The rule as plain Java, for evaluation outside the persistence context. */
  public PassRule passRule() {
    return new PassRule(
        threshold(overallKind, overallValue),
        threshold(coreKind, coreValue),
        subjects.stream().map(BlueprintSubject::rule).toList());
  }

  private static Optional<Threshold> threshold(ThresholdKind kind, Integer value) {
    return kind == null || value == null
        ? Optional.empty()
        : Optional.of(new Threshold(kind, value));
  }

  /** Replaces subjects and minimums together, after checking they form a valid rule. */
  public void changeRule(
      List<BlueprintSubject> newSubjects, Optional<Threshold> overall, Optional<Threshold> core) {
    new PassRule(overall, core, newSubjects.stream().map(BlueprintSubject::rule).toList());
    subjects.clear();
    subjects.addAll(newSubjects);
    overallKind = overall.map(Threshold::kind).orElse(null);
    overallValue = overall.map(Threshold::value).orElse(null);
    coreKind = core.map(Threshold::kind).orElse(null);
    coreValue = core.map(Threshold::value).orElse(null);
  }

  public final void changeTimeLimit(int minutes) {
    if (minutes < 1) {
      throw new IllegalArgumentException("time limit must be positive: " + minutes);
    }
    timeLimitMinutes = minutes;
  }

  public void describe(List<String> newSources, String newNote) {
    sources.clear();
    sources.addAll(newSources);
    note = newNote;
  }

  public Duration timeLimit() {
    return Duration.ofMinutes(timeLimitMinutes);
  }

  public int questionCount() {
    return subjects.stream().mapToInt(BlueprintSubject::getQuestionCount).sum();
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public String getNameEn() {
    return nameEn;
  }

  public int getTimeLimitMinutes() {
    return timeLimitMinutes;
  }

  public List<BlueprintSubject> getSubjects() {
    return List.copyOf(subjects);
  }

  public List<String> getSources() {
    return List.copyOf(sources);
  }

  public String getNote() {
    return note;
  }

  public long getVersion() {
    return version;
  }
}
