package jp.wlink.web.platform;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** The databases W/LINK runs on, told apart by their JDBC URL. */
public enum DatabaseVendor {
  H2("jdbc:h2:", ""),
  MYSQL("jdbc:mysql:", " DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");

  private final String urlPrefix;
  private final String tableOptions;

  DatabaseVendor(String urlPrefix, String tableOptions) {
    this.urlPrefix = urlPrefix;
    this.tableOptions = tableOptions;
  }

  /** What migrations append to CREATE TABLE: the character set and collation, where it has one. */
  public String tableOptions() {
    return tableOptions;
  }

  public static DatabaseVendor fromUrl(String url) throws SQLException {
    for (DatabaseVendor vendor : values()) {
      if (url != null && url.startsWith(vendor.urlPrefix)) {
        return vendor;
      }
    }
    throw new SQLException("W/LINK runs on H2 (jdbc:h2:) or MySQL (jdbc:mysql:), not " + url);
  }

  DataSource dataSource(String url, String user, String password) {
    if (this == H2) {
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL(url);
      h2.setUser(user);
      h2.setPassword(password);
      return h2;
    }
    MysqlDataSource mysql = new MysqlDataSource();
    mysql.setURL(url);
    mysql.setUser(user);
    mysql.setPassword(password);
    return mysql;
  }
}
