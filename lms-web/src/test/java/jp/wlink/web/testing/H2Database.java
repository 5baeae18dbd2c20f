package jp.wlink.web.testing;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.Map;
import jp.wlink.web.platform.DatabaseVendor;
import jp.wlink.web.platform.Migrations;
import org.h2.jdbcx.JdbcDataSource;

/**
 * An in-memory H2 database migrated as the embedded demo's is, for tests that prove SQL works on H2
 * as well as on MariaDB. Each name is its own database, kept until the JVM ends.
 */
public final class H2Database {
  private H2Database() {}

  /** Migrates the database of this name and opens the test persistence unit on it. */
  public static EntityManagerFactory migrated(String name) {
    String url = "jdbc:h2:mem:" + name + ";MODE=LEGACY;DB_CLOSE_DELAY=-1";
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL(url);
    Migrations.forVendor(DatabaseVendor.H2).migrate(dataSource);
    return Persistence.createEntityManagerFactory(
        "wlink-test",
        Map.of(
            "jakarta.persistence.jdbc.url", url,
            "jakarta.persistence.jdbc.driver", "org.h2.Driver",
            "jakarta.persistence.jdbc.user", "",
            "jakarta.persistence.jdbc.password", ""));
  }
}
