package jp.wlink.web.courses;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import jp.wlink.course.skills.SkillCatalogue;
import jp.wlink.course.skills.SkillName;
import jp.wlink.course.skills.SkillUsage;
import jp.wlink.web.testing.H2Database;
import jp.wlink.web.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The embedded demo runs on H2: the skill migration with its seeded names, adding and renaming, and
 * the usage counts' native SQL must work there as on MariaDB.
 */
class SkillCatalogueOnH2Test {
  private static EntityManagerFactory emf;

  @BeforeAll
  static void migrate() {
    emf = H2Database.migrated("skills");
  }

  @AfterAll
  static void close() {
    emf.close();
  }

  @Test
  void theSeededNamesAndANewSkillWorkOnH2() {
    SkillNames names =
        new SkillNames(
            () -> TestDatabase.inTransaction(emf, em -> SkillNames.byId(catalogue(em).all())),
            Clock.systemUTC());
    assertThat(names.name(Locale.JAPANESE, "josui.residual-chlorine")).isEqualTo("残留塩素");

    TestDatabase.inTransaction(
        emf, em -> catalogue(em).add("josui.dpd", new SkillName("DPD法", null)));
    TestDatabase.inTransaction(
        emf, em -> catalogue(em).rename("josui.dpd", new SkillName("DPD法", "DPD method")));
    names.refresh();

    assertThat(names.name(Locale.ENGLISH, "josui.dpd")).isEqualTo("DPD method");
    Map<String, SkillUsage> usage = TestDatabase.inTransaction(emf, em -> catalogue(em).usage());
    assertThat(usage).isEmpty();
  }

  private static SkillCatalogue catalogue(EntityManager em) {
    return new SkillCatalogue(em, Clock.systemUTC());
  }
}
