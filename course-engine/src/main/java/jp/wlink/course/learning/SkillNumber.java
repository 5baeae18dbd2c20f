package jp.wlink.course.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * The learner model's number for a skill id of the question bank. Numbers are the row ids less one
 * and never change, since every stored learner state is indexed by them.
 */
@Entity
@Table(name = "skill_number")
@NamedQuery(name = SkillNumber.ALL, query = "SELECT s FROM SkillNumber s")
public class SkillNumber {
  static final String ALL = "SkillNumber.all";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "skill", nullable = false, length = 100)
  private String skill;

  protected SkillNumber() {}

  SkillNumber(String skill) {
    this.skill = Objects.requireNonNull(skill);
  }

  public String getSkill() {
    return skill;
  }

  /** The dense number the model indexes this skill by, from 0. */
  public int number() {
    return (int) (id - 1);
  }
}
