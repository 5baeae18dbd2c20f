package jp.wlink.web.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Defines W/LINK's data source from configuration and brings its schema up to date with Flyway
 * before anything else touches the database. Transactions read committed data (H2's default, not
 * MySQL's): under MySQL's repeatable read an update keeps locks on rows it only looked at, and
 * learners starting the same mock exam at once deadlocked on the questions they share.
 */
@DataSourceDefinition(
    name = DatabaseMigration.DATA_SOURCE,
    className = "jp.wlink.web.platform.WlinkDataSource",
    url = "${MPCONFIG=wlink.db.url}",
    user = "${MPCONFIG=wlink.db.user}",
    password = "${MPCONFIG=wlink.db.password}",
    minPoolSize = 1,
    maxPoolSize = 20,
    isolationLevel = Connection.TRANSACTION_READ_COMMITTED)
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {
  public static final String DATA_SOURCE = "java:app/jdbc/wlink";
  private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

  @Resource(lookup = DATA_SOURCE)
  private DataSource dataSource;

  @Inject
  @ConfigProperty(name = "wlink.db.url")
  private String url;

  private volatile boolean migrated;

  @PostConstruct
  void migrate() {
    MigrateResult result = Migrations.forVendor(vendor()).migrate(dataSource);
    migrated = true;

    LOG.info(
        () ->
            "Migrated the database to version "
                + result.targetSchemaVersion
                + " with "
                + result.migrationsExecuted
                + " new migrations");
  }

  private DatabaseVendor vendor() {
    try {
      return DatabaseVendor.fromUrl(url);
    } catch (SQLException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  public boolean isMigrated() {
    return migrated;
  }
}
