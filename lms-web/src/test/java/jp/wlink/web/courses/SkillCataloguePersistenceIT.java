package jp.wlink.web.courses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jp.wlink.course.catalogue.CourseAuthoring;
import jp.wlink.course.catalogue.CourseEditor;
import jp.wlink.course.catalogue.LessonDetails;
import jp.wlink.course.skills.InvalidSkillException;
import jp.wlink.course.skills.Skill;
import jp.wlink.course.skills.SkillCatalogue;
import jp.wlink.course.skills.SkillName;
import jp.wlink.course.skills.SkillProblem;
import jp.wlink.course.skills.SkillUsage;
import jp.wlink.web.account.Role;
import jp.wlink.web.testing.TestDatabase;
import jp.wlink.web.testing.TestRecords;
import org.junit.jupiter.api.Test;

/** The skill catalogue on MariaDB: the migration's demo names, adding, renaming and usage. */
class SkillCataloguePersistenceIT {
  private static final Clock CLOCK = Clock.fixed(TestRecords.NOW, ZoneOffset.UTC);
  private static final Path DEMO_QUESTIONS =
      Path.of("src/main/resources/jp/wlink/web/demo/questions");
  private static final Pattern SKILL_TAG = Pattern.compile("<tag><text>skill-([^<]+)</text>");

  private final TestDatabase db = TestDatabase.get();
  private final SkillNames names =
      new SkillNames(() -> db.inTransaction(em -> SkillNames.byId(catalogue(em).all())), CLOCK);

  @Test
  void theMigrationNamesTheDemoSkillsInJapaneseAndInEnglish() {
    List<Skill> all = db.inTransaction(em -> catalogue(em).all());

    assertThat(all).hasSizeGreaterThanOrEqualTo(64);
    assertThat(all).allSatisfy(s -> assertThat(s.getName().english()).isNotBlank());
    assertThat(names.name(Locale.JAPANESE, "josui.coagulation")).isEqualTo("凝集");
    assertThat(names.name(Locale.ENGLISH, "josui.coagulation")).isEqualTo("Coagulation");
  }

  @Test
  void everySkillOfTheDemoQuestionsHasAName() throws IOException {
    Set<String> unnamed = new TreeSet<>();
    for (String skill : demoSkills()) {
      if (!names.isNamed(skill)) {
        unnamed.add(skill);
      }
    }
    assertThat(unnamed).as("skills shown by their id").isEmpty();
  }

  @Test
  void anAddedSkillIsNamedAndARenameIsStored() {
    String id = TestRecords.unique("it.dpd-");
    assertThat(names.name(Locale.JAPANESE, id)).isEqualTo(id);

    db.run(em -> catalogue(em).add(" " + id + " ", new SkillName("DPD法", null)));
    db.run(em -> catalogue(em).rename(id, new SkillName("DPD法による測定", "DPD method")));
    names.refresh();

    assertThat(names.name(Locale.JAPANESE, id)).isEqualTo("DPD法による測定");
    assertThat(names.name(Locale.ENGLISH, id)).isEqualTo("DPD method");
    Skill stored = db.entityManager().find(Skill.class, id);
    assertThat(stored.getCreatedAt()).isEqualTo(TestRecords.NOW);
  }

  @Test
  void refusesATakenIdAndAnUnknownSkill() {
    assertThatThrownBy(
            () -> db.run(em -> catalogue(em).add("josui.coagulation", new SkillName("凝集", null))))
        .isInstanceOfSatisfying(
            InvalidSkillException.class,
            e -> assertThat(e.problems()).containsExactly(SkillProblem.ID_TAKEN));
    assertThatThrownBy(
            () -> db.run(em -> catalogue(em).rename("it.nowhere", new SkillName("", null))))
        .isInstanceOfSatisfying(
            InvalidSkillException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(SkillProblem.UNKNOWN, SkillProblem.NAME_JA_REQUIRED));
    assertThat(db.entityManager().find(Skill.class, "josui.coagulation").getName().japanese())
        .isEqualTo("凝集");
  }

  @Test
  void countsTheLessonsThatCarryASkillEvenWithoutAName() {
    String id = TestRecords.unique("it.unnamed-");
    long hostId = db.inTransaction(em -> TestRecords.account(em, Role.HOST).getId());
    CourseEditor host = new CourseEditor(hostId, Set.of(), true, false);
    db.run(
        em -> {
          CourseAuthoring authoring = new CourseAuthoring(em, CLOCK);
          long course =
              authoring
                  .create(
                      host,
                      CourseMappingPersistenceIT.code(),
                      CourseMappingPersistenceIT.details(),
                      null)
                  .getId();
          long unit =
              authoring.addUnit(host, course, CourseMappingPersistenceIT.unit("測定")).getId();
          authoring.addLesson(host, unit, new LessonDetails("測定", "", 1, 5, List.of(id), 0));
        });

    SkillUsage usage = db.inTransaction(em -> catalogue(em).usage().get(id));

    assertThat(usage).isEqualTo(new SkillUsage(1, 0));
  }

  private static SkillCatalogue catalogue(EntityManager em) {
    return new SkillCatalogue(em, CLOCK);
  }

  private static Set<String> demoSkills() throws IOException {
    Set<String> skills = new TreeSet<>();
    try (Stream<Path> files = Files.list(DEMO_QUESTIONS)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".xml")).toList()) {
        Matcher tag = SKILL_TAG.matcher(Files.readString(file));
        while (tag.find()) {
          skills.add(tag.group(1));
        }
      }
    }
    return skills;
  }
}
