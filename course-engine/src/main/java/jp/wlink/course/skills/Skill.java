package jp.wlink.course.skills;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import jp.wlink.question.bank.UtcInstantConverter;

/** A skill of the catalogue: its id, fixed once created, and its names, which authors change. */
@Entity
@Table(name = "skill")
@NamedQuery(name = Skill.ALL, query = "SELECT s FROM Skill s ORDER BY s.id")
public class Skill {
  static final String ALL = "Skill.all";

  @Id
  @Column(name = "skill_id", length = 100)
  private String id;

  @Column(name = "name_ja", nullable = false, length = SkillName.MAX_LENGTH)
  private String nameJa;

  @Column(name = "name_en", length = SkillName.MAX_LENGTH)
  private String nameEn;

  @Convert(converter = UtcInstantConverter.class)
  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Convert(converter = UtcInstantConverter.class)
  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected Skill() {}

  Skill(String id, SkillName name, Instant now) {
    this.id = Objects.requireNonNull(id, "id");
    this.createdAt = Objects.requireNonNull(now, "now");
    rename(name, now);
  }

  void rename(SkillName name, Instant now) {
    this.nameJa = name.japanese();
    this.nameEn = name.english();
    this.updatedAt = now;
  }

  public String getId() {
    return id;
  }

  public SkillName getName() {
    return new SkillName(nameJa, nameEn);
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
