package jp.wlink.web.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Seeds the demo organisations and accounts at start-up, after the schema is migrated, when {@code
 * wlink.demo} is on and the database has no accounts yet, then prints the demo logins once; the
 * demo's practice questions into an empty question bank; and the demo courses and career tracks
 * (with their own practice questions) once.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoSeeder {
  private static final Logger LOG = Logger.getLogger(DemoSeeder.class.getName());

  @Inject
  @ConfigProperty(name = "wlink.demo", defaultValue = "false")
  private boolean demo;

  @Inject private DemoData demoData;
  @Inject private DemoQuestionSeeding demoQuestions;
  @Inject private DemoCourseSeeding demoCourses;

  @PostConstruct
  void seed() {
    try {
      demoData.seedIfWanted(demo).ifPresent(DemoSeeder::announce);
    } catch (RuntimeException e) {
      // Two instances starting on an empty database race; the loser's unique keys clash.
      LOG.log(Level.WARNING, "Demo data was not seeded; another instance may have done so", e);
    }
    try {
      demoQuestions.seedIfWanted(demo);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Demo questions were not seeded; another instance may have", e);
    }
    try {
      demoCourses.seedIfWanted(demo);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Demo courses were not seeded; another instance may have", e);
    }
  }

  /**
   * Prints the demo logins once, on the start that created them. They are fictional and their
   * passwords are published anyway; nothing is ever printed when demo data is off.
   */
  private static void announce(List<DemoAccount> accounts) {
    StringBuilder block = new StringBuilder("Seeded demo data. Demo logins (demo only):\n");
    block.append("==================== W/LINK demo accounts ====================\n");
    for (DemoAccount account : accounts) {
      block.append(
          String.format(
              "  %-10s %-26s %s%n",
              account.role().groupName(), account.email(), account.password()));
    }
    block.append("===============================================================");
    LOG.info(block::toString);
  }
}
