package jp.wlink.web.courses;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import jp.wlink.course.skills.InvalidSkillException;
import jp.wlink.course.skills.Skill;
import jp.wlink.course.skills.SkillCatalogue;
import jp.wlink.course.skills.SkillName;
import jp.wlink.course.skills.SkillProblem;
import jp.wlink.course.skills.SkillUsage;
import jp.wlink.web.i18n.Messages;

/**
 * スキルの名前: every skill of the catalogue and every skill id content uses without a name, with how
 * many lessons and questions carry it; a form adds a skill or, opened for one ({@code ?skill=id}),
 * renames it. An id that content uses but the catalogue lacks opens as a new skill.
 */
@Named
@ViewScoped
public class SkillsPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private SkillCatalogue catalogue;
  @Inject private SkillNames skillNames;
  @Inject private Messages messages;

  private String skill;
  private List<SkillRow> rows;
  private boolean renaming;
  private String skillId;
  private String nameJa;
  private String nameEn;

  /** A line of the table; a skill without names is one that content uses but nobody named. */
  public record SkillRow(String id, String nameJa, String nameEn, SkillUsage usage)
      implements Serializable {
    public boolean isNamed() {
      return nameJa != null;
    }
  }

  public void load() {
    rows = rows();
    Optional<Skill> found = catalogue.find(skill);
    renaming = found.isPresent();
    skillId = skill;
    found.ifPresent(
        s -> {
          nameJa = s.getName().japanese();
          nameEn = s.getName().english();
        });
  }

  public void save() {
    SkillName name = new SkillName(nameJa, nameEn);
    try {
      String saved =
          renaming ? catalogue.rename(skillId, name).getId() : catalogue.add(skillId, name).getId();
      skillNames.refresh();
      messages.info(renaming ? "skill.renamed" : "skill.added", saved);
      skill = saved;
      load();
    } catch (InvalidSkillException e) {
      for (SkillProblem problem : e.problems()) {
        messages.error("skill:" + problem.field(), problem.getMessageKey());
      }
    }
  }

  private List<SkillRow> rows() {
    Map<String, SkillUsage> usage = catalogue.usage();
    List<SkillRow> all = new ArrayList<>();
    for (Skill s : catalogue.all()) {
      SkillName name = s.getName();
      SkillUsage used = usage.getOrDefault(s.getId(), SkillUsage.NONE);
      all.add(new SkillRow(s.getId(), name.japanese(), name.english(), used));
    }
    Set<String> named = all.stream().map(SkillRow::id).collect(Collectors.toSet());
    usage.entrySet().stream()
        .filter(e -> !named.contains(e.getKey()))
        .forEach(e -> all.add(new SkillRow(e.getKey(), null, null, e.getValue())));
    all.sort(Comparator.comparing(SkillRow::isNamed).thenComparing(SkillRow::id));
    return all;
  }

  public List<SkillRow> getRows() {
    return rows;
  }

  public boolean isRenaming() {
    return renaming;
  }

  public String getSkill() {
    return skill;
  }

  public void setSkill(String skill) {
    this.skill = skill;
  }

  public String getSkillId() {
    return skillId;
  }

  public void setSkillId(String skillId) {
    this.skillId = skillId;
  }

  public String getNameJa() {
    return nameJa;
  }

  public void setNameJa(String nameJa) {
    this.nameJa = nameJa;
  }

  public String getNameEn() {
    return nameEn;
  }

  public void setNameEn(String nameEn) {
    this.nameEn = nameEn;
  }
}
