package jp.wlink.question.bank;

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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import jp.wlink.question.content.QuestionContent;
import jp.wlink.question.content.QuestionMetadata;
import jp.wlink.question.content.QuestionStatus;
import jp.wlink.question.content.QuestionType;

/**
 * A question's stable identity in the bank: its metadata, which version is current, and the derived
 * search text and duplicate fingerprint of that version. {@link #getRevision()} rises with every
 * change, so an editor holding an older revision is refused instead of overwriting.
 */
@Entity
@Table(name = "question")
public class Question {
  /** How many ids one trip to the id table reserves (for questions and for versions). */
  static final int ID_BLOCK = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "question_id")
  @TableGenerator(
      name = "question_id",
      table = "question_bank_id",
      pkColumnName = "name",
      valueColumnName = "next_value",
      pkColumnValue = "question",
      allocationSize = ID_BLOCK)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "category_id", nullable = false)
  private Category category;

  @Column(nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "question_type", nullable = false)
  private QuestionType type;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private QuestionStatus status;

  @Column(name = "question_level", nullable = false)
  private int level;

  private String certification;
  private String subject;
  private String source;

  @Column(name = "source_year")
  private Integer year;

  @Column(name = "author_id")
  private Long authorId;

  @Column(name = "author_name")
  private String authorName;

  private String licence;

  @Column(name = "idnumber")
  private String idNumber;

  @ElementCollection
  @CollectionTable(name = "question_tag", joinColumns = @JoinColumn(name = "question_id"))
  @OrderColumn(name = "tag_order")
  @Column(name = "tag", nullable = false)
  private List<String> tags = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "question_skill", joinColumns = @JoinColumn(name = "question_id"))
  @OrderColumn(name = "skill_order")
  @Column(name = "skill", nullable = false)
  private List<String> skills = new ArrayList<>();

  @Column(name = "current_version", nullable = false)
  private int currentVersion;

  @Column(name = "search_text", nullable = false)
  private String searchText;

  @Column(nullable = false)
  private String fingerprint;

  @Convert(converter = UtcInstantConverter.class)
  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Convert(converter = UtcInstantConverter.class)
  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long revision;

  protected Question() {}

  /** A new question whose first version the caller stores beside it. */
  Question(
      Category category,
      QuestionContent content,
      QuestionMetadata metadata,
      Long authorId,
      Instant now) {
    this.authorId = authorId;
    this.createdAt = Objects.requireNonNull(now, "now");
    this.currentVersion = 1;
    describe(category, content, metadata, now);
  }

  /** Takes the metadata and the derived texts of the content that is now current. */
  void describe(
      Category newCategory, QuestionContent content, QuestionMetadata metadata, Instant now) {
    MetadataLimits.check(metadata);
    this.category = Objects.requireNonNull(newCategory, "category");
    this.name = MetadataLimits.cut(content.name(), MetadataLimits.NAME);
    this.type = content.type();
    this.status = metadata.status();
    this.level = metadata.level();
    this.certification = metadata.certification().orElse(null);
    this.subject = metadata.subject().orElse(null);
    this.source = metadata.source().orElse(null);
    this.year = metadata.year().orElse(null);
    this.authorName = metadata.author().orElse(null);
    this.licence = metadata.licence().orElse(null);
    this.idNumber = metadata.idNumber().orElse(null);
    replaceAll(tags, metadata.tags());
    replaceAll(skills, metadata.skills());
    this.searchText = QuestionText.searchText(content, tags);
    this.fingerprint = QuestionText.fingerprint(content);
    this.updatedAt = now;
  }

  /** Makes the next version current; its number is returned. */
  int advanceVersion() {
    currentVersion++;
    return currentVersion;
  }

  void changeStatus(QuestionStatus newStatus, Instant now) {
    this.status = Objects.requireNonNull(newStatus, "newStatus");
    this.updatedAt = now;
  }

  /** The metadata as the formats and the editor know it. */
  public QuestionMetadata metadata() {
    return new QuestionMetadata(
        category.path(),
        tags,
        Optional.ofNullable(certification),
        Optional.ofNullable(subject),
        skills,
        level,
        Optional.ofNullable(source),
        Optional.ofNullable(year),
        Optional.ofNullable(authorName),
        Optional.ofNullable(licence),
        status,
        Optional.ofNullable(idNumber));
  }

  private static void replaceAll(List<String> stored, List<String> given) {
    List<String> distinct =
        given.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    if (!stored.equals(distinct)) {
      stored.clear();
      stored.addAll(distinct);
    }
  }

  public Long getId() {
    return id;
  }

  public Category getCategory() {
    return category;
  }

  public String getName() {
    return name;
  }

  public QuestionType getType() {
    return type;
  }

  public QuestionStatus getStatus() {
    return status;
  }

  public int getLevel() {
    return level;
  }

  public Optional<String> getCertification() {
    return Optional.ofNullable(certification);
  }

  public Optional<String> getSubject() {
    return Optional.ofNullable(subject);
  }

  public Long getAuthorId() {
    return authorId;
  }

  public List<String> getTags() {
    return List.copyOf(tags);
  }

  public List<String> getSkills() {
    return List.copyOf(skills);
  }

  public int getCurrentVersion() {
    return currentVersion;
  }

  public String getFingerprint() {
    return fingerprint;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public long getRevision() {
    return revision;
  }
}
