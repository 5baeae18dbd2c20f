package jp.wlink.course.skills;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import jp.wlink.course.catalogue.Skills;

/**
 * Listing, adding and renaming the skills of the catalogue. An id follows the rule of the course
 * and question skill fields ({@link Skills}) and is taken once; a change that breaks a rule is
 * refused with {@link InvalidSkillException} naming every problem. Each call is one transaction.
 */
@ApplicationScoped
@Transactional
public class SkillCatalogue {
  // LIMITATION: one catalogue for all organisations; any author may rename any skill, no history.
  private static final Logger LOG = Logger.getLogger(SkillCatalogue.class.getName());

  @PersistenceContext(unitName = "wlink")
  private EntityManager em;

  private Clock clock = Clock.systemUTC();

  protected SkillCatalogue() {}

  /** For use outside a container (persistence tests), in the caller's transaction. */
  public SkillCatalogue(EntityManager em, Clock clock) {
    this.em = Objects.requireNonNull(em, "em");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Every skill, by id. */
  public List<Skill> all() {
    return em.createNamedQuery(Skill.ALL, Skill.class).getResultList();
  }

  /** The ids of the catalogue's skills: each has a name to show in place of its id. */
  public Set<String> namedIds() {
    return em.createQuery("SELECT s.id FROM Skill s", String.class)
        .getResultStream()
        .collect(Collectors.toSet());
  }

  public Optional<Skill> find(String skillId) {
    return skillId == null ? Optional.empty() : Optional.ofNullable(em.find(Skill.class, skillId));
  }

  /** A new skill; its id is cut of surrounding spaces and must not be taken. */
  public Skill add(String skillId, SkillName name) {
    String id = skillId == null ? "" : skillId.strip();
    List<SkillProblem> problems =
        problemsOfNew(id, name, Skills.isValid(id) && find(id).isPresent());
    refuseIfAny(problems);

    Skill skill = new Skill(id, name, clock.instant());
    em.persist(skill);
    em.flush();

    LOG.info(() -> "Added skill " + id);
    return skill;
  }

  /** New names for an existing skill; its id stays. */
  public Skill rename(String skillId, SkillName name) {
    Optional<Skill> found = find(skillId);
    List<SkillProblem> problems = new ArrayList<>(name.problems());
    if (found.isEmpty()) {
      problems.add(0, SkillProblem.UNKNOWN);
    }
    refuseIfAny(problems);

    Skill skill = found.orElseThrow();
    skill.rename(name, clock.instant());

    LOG.info(() -> "Renamed skill " + skillId);
    return skill;
  }

  /** Per skill id in use, how many lessons and questions carry it; ids nobody uses are absent. */
  public Map<String, SkillUsage> usage() {
    Map<String, Long> lessons = counts("lesson_skill", "lesson_id");
    Map<String, Long> questions = counts("question_skill", "question_id");

    Set<String> used = new HashSet<>(lessons.keySet());
    used.addAll(questions.keySet());
    Map<String, SkillUsage> usage = new HashMap<>();
    for (String skill : used) {
      usage.put(
          skill,
          new SkillUsage(lessons.getOrDefault(skill, 0L), questions.getOrDefault(skill, 0L)));
    }
    return usage;
  }

  private Map<String, Long> counts(String table, String column) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT skill, COUNT(DISTINCT " + column + ") FROM " + table + " GROUP BY skill")
            .getResultList();
    Map<String, Long> counts = new HashMap<>();
    for (Object row : rows) {
      Object[] cells = (Object[]) row;
      counts.put((String) cells[0], ((Number) cells[1]).longValue());
    }
    return counts;
  }

  /** What keeps a new skill out: a malformed or taken id, and the problems of its names. */
  static List<SkillProblem> problemsOfNew(String id, SkillName name, boolean taken) {
    List<SkillProblem> problems = new ArrayList<>();
    if (!Skills.isValid(id)) {
      problems.add(SkillProblem.ID_INVALID);
    } else if (taken) {
      problems.add(SkillProblem.ID_TAKEN);
    }
    problems.addAll(name.problems());
    return problems;
  }

  private static void refuseIfAny(List<SkillProblem> problems) {
    if (!problems.isEmpty()) {
      throw new InvalidSkillException(problems);
    }
  }
}
