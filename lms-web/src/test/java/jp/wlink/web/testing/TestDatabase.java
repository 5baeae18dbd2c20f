package jp.wlink.web.testing;

import com.mysql.cj.jdbc.MysqlDataSource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import jp.wlink.web.platform.DatabaseVendor;
import jp.wlink.web.platform.Migrations;

/**
 * The MySQL-compatible test database (MariaDB here, overridable with {@code WLINK_TEST_DB_URL}).
 * The first use in a JVM drops everything and migrates from empty with the application's own Flyway
 * setup, so every run proves the migrations; tests then share that schema.
 */
public final class TestDatabase {
  private static final String URL_OPTIONS =
      "?useSSL=false&allowPublicKeyRetrieval=true&rewriteBatchedStatements=true";
  private static TestDatabase instance;

  private final MysqlDataSource dataSource;
  private final EntityManagerFactory emf;

  private TestDatabase(String url, String user, String password) {
    dataSource = new MysqlDataSource();
    dataSource.setURL(url + URL_OPTIONS);
    dataSource.setUser(user);
    dataSource.setPassword(password);
    Migrations.forVendor(DatabaseVendor.MYSQL).flyway(dataSource, true).clean();
    Migrations.forVendor(DatabaseVendor.MYSQL).migrate(dataSource);
    emf =
        Persistence.createEntityManagerFactory(
            "wlink-test",
            Map.of(
                "jakarta.persistence.jdbc.url",
                url + URL_OPTIONS,
                "jakarta.persistence.jdbc.user",
                user,
                "jakarta.persistence.jdbc.password",
                password,
                "jakarta.persistence.jdbc.driver",
                "com.mysql.cj.jdbc.Driver"));
  }

  /** The shared, freshly migrated test database. */
  public static synchronized TestDatabase get() {
    if (instance == null) {
      instance = new TestDatabase(setting("url"), setting("user"), setting("password"));
    }
    return instance;
  }

  /** From {@code WLINK_TEST_DB_URL} etc., else the system property Maven passes in. */
  public static String setting(String name) {
    String env = System.getenv("WLINK_TEST_DB_" + name.toUpperCase(java.util.Locale.ROOT));
    if (env != null && !env.isBlank()) {
      return env;
    }
    return System.getProperty("wlink.test.db." + name, defaultSetting(name));
  }

  private static String defaultSetting(String name) {
    return switch (name) {
      case "url" -> "jdbc:mysql://127.0.0.1:3306/wlink_test";
      default -> "wlink_test";
    };
  }

  public DataSource dataSource() {
    return dataSource;
  }

  public EntityManager entityManager() {
    return emf.createEntityManager();
  }

  /** Runs work in a transaction that commits, and returns its result. */
  public <T> T inTransaction(Function<EntityManager, T> work) {
    return inTransaction(emf, work);
  }

  /** The same for any other factory, such as a test's own H2 database. */
  public static <T> T inTransaction(EntityManagerFactory emf, Function<EntityManager, T> work) {
    EntityManager em = emf.createEntityManager();
    try {
      em.getTransaction().begin();
      T result = work.apply(em);
      em.getTransaction().commit();
      return result;
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.close();
    }
  }

  public void run(Consumer<EntityManager> work) {
    inTransaction(
        em -> {
          work.accept(em);
          return null;
        });
  }

  /** Runs plain SQL, for checks the mappings cannot express (charsets, constraints). */
  public void sql(String statement) {
    try (Connection connection = dataSource.getConnection();
        Statement sql = connection.createStatement()) {
      sql.execute(statement);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
