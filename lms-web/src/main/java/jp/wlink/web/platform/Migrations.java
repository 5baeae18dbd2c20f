package jp.wlink.web.platform;

import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * W/LINK's Flyway setup, shared by the running application and the persistence tests so that both
 * migrate exactly the same way. Every module keeps its scripts under {@code db/migration}.
 */
public final class Migrations {
  public static final String LOCATION = "classpath:db/migration";

  private final DatabaseVendor vendor;

  private Migrations(DatabaseVendor vendor) {
    this.vendor = Objects.requireNonNull(vendor);
  }

  public static Migrations forVendor(DatabaseVendor vendor) {
    return new Migrations(vendor);
  }

  public Flyway flyway(DataSource dataSource, boolean cleanAllowed) {
    return Flyway.configure(Migrations.class.getClassLoader())
        .dataSource(dataSource)
        .locations(LOCATION)
        .placeholders(Map.of("table_options", vendor.tableOptions()))
        .cleanDisabled(!cleanAllowed)
        .load();
  }

  public MigrateResult migrate(DataSource dataSource) {
    return flyway(dataSource, false).migrate();
  }
}
