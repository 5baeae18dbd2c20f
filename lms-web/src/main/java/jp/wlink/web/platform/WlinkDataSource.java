package jp.wlink.web.platform;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The one data source class W/LINK names in its {@code @DataSourceDefinition}. It picks the
 * vendor's own data source from the JDBC URL, so that setting {@code WLINK_DB_URL} alone moves
 * W/LINK from the embedded H2 file to MySQL without naming a driver class.
 */
public class WlinkDataSource implements DataSource {
  private String url;
  private String user;
  private String password;
  private volatile DataSource target;

  public void setUrl(String url) {
    this.url = url;
  }

  public void setUser(String user) {
    this.user = user;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  private DataSource target() throws SQLException {
    DataSource current = target;
    if (current == null) {
      synchronized (this) {
        if (target == null) {
          target = DatabaseVendor.fromUrl(url).dataSource(url, user, password);
        }
        current = target;
      }
    }
    return current;
  }

  @Override
  public Connection getConnection() throws SQLException {
    return target().getConnection();
  }

  @Override
  public Connection getConnection(String username, String pw) throws SQLException {
    return target().getConnection(username, pw);
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return target().getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    target().setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    target().setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return target().getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return Logger.getLogger(WlinkDataSource.class.getName());
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    if (iface.isInstance(this)) {
      return iface.cast(this);
    }
    return target().unwrap(iface);
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) throws SQLException {
    return iface.isInstance(this) || target().isWrapperFor(iface);
  }
}
