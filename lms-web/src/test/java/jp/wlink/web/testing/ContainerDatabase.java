package jp.wlink.web.testing;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import jp.wlink.web.account.Role;

/**
 * The schema that the container test deploys W/LINK against ({@code wlink.arq.db.url}). It is
 * dropped and created empty before deploying, so the application's own Flyway builds it; tests then
 * add accounts as plain rows, with passwords hashed the way Jakarta Security stores them.
 */
public final class ContainerDatabase {
  private static final String URL_OPTIONS = "?useSSL=false&allowPublicKeyRetrieval=true";
  private static final String ALGORITHM = "PBKDF2WithHmacSHA512";

  /** Fewer than production's, to keep logins quick; a stored hash carries its own count. */
  private static final int ITERATIONS = 10_000;

  private static final int SALT_BYTES = 32;
  private static final int KEY_BITS = 512;

  private final String serverUrl;
  private final String name;

  private ContainerDatabase(String url) {
    int slash = url.lastIndexOf('/');
    this.serverUrl = url.substring(0, slash + 1);
    this.name = url.substring(slash + 1);
    if (!name.matches("wlink_test\\w*")) {
      throw new IllegalArgumentException("Refusing to recreate a non-test schema: " + name);
    }
  }

  public static ContainerDatabase fromSettings() {
    return new ContainerDatabase(
        System.getProperty("wlink.arq.db.url", "jdbc:mysql://127.0.0.1:3306/wlink_test_arq"));
  }

  /** Drops the schema if it exists and creates it empty. */
  public void recreate() {
    try (Connection server = connect(serverUrl);
        Statement sql = server.createStatement()) {
      sql.execute("DROP DATABASE IF EXISTS " + name);
      sql.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    } catch (SQLException e) {
      throw new IllegalStateException("Could not recreate " + name, e);
    }
  }

  /** Adds an active, verified account with the given roles and returns its id. */
  public long addActiveAccount(String email, String handle, String password, Role... roles) {
    String insertAccount =
        "INSERT INTO account (email, handle, password_hash, status, locale, created_at,"
            + " email_verified_at, version) VALUES (?, ?, ?, 'ACTIVE', 'ja', ?, ?, 1)";
    try (Connection db = connect(serverUrl + name);
        PreparedStatement account =
            db.prepareStatement(insertAccount, Statement.RETURN_GENERATED_KEYS)) {
      Timestamp now = Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC));
      account.setString(1, email);
      account.setString(2, handle);
      account.setString(3, hash(password));
      account.setTimestamp(4, now);
      account.setTimestamp(5, now);
      account.executeUpdate();
      long id = generatedId(account);
      grant(db, id, roles);
      return id;
    } catch (SQLException | GeneralSecurityException e) {
      throw new IllegalStateException("Could not add account " + handle, e);
    }
  }

  /** Gives the account a role, as an administrator does, behind any open session's back. */
  public void grant(long accountId, Role role) {
    try (Connection db = connect(serverUrl + name)) {
      grant(db, accountId, role);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not grant " + role, e);
    }
  }

  public void revoke(long accountId, Role role) {
    update("DELETE FROM account_role WHERE account_id = ? AND role = ?", accountId, role.name());
  }

  /** Sets the account's status ({@code ACTIVE}, {@code DISABLED}) directly in its row. */
  public void setStatus(long accountId, String status) {
    update("UPDATE account SET status = ?, version = version + 1 WHERE id = ?", status, accountId);
  }

  /** The schema's JDBC address, for seeding it through the application's own services. */
  public String jdbcUrl() {
    return serverUrl + name;
  }

  /** The id of the blueprint its migration seeded under {@code code}. */
  public long blueprintId(String code) {
    try (Connection db = connect(serverUrl + name);
        PreparedStatement query = db.prepareStatement("SELECT id FROM blueprint WHERE code = ?")) {
      query.setString(1, code);
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("No blueprint " + code, e);
    }
  }

  /** Jakarta Security's stored form: {@code algorithm:iterations:base64 salt:base64 hash}. */
  static String hash(String password) throws GeneralSecurityException {
    byte[] salt = new byte[SALT_BYTES];
    new SecureRandom().nextBytes(salt);
    PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, ITERATIONS, KEY_BITS);
    byte[] hash = SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
    Base64.Encoder base64 = Base64.getEncoder();
    return String.join(
        ":",
        ALGORITHM,
        String.valueOf(ITERATIONS),
        base64.encodeToString(salt),
        base64.encodeToString(hash));
  }

  private static long generatedId(PreparedStatement insert) throws SQLException {
    try (ResultSet keys = insert.getGeneratedKeys()) {
      keys.next();
      return keys.getLong(1);
    }
  }

  private static void grant(Connection db, long accountId, Role... roles) throws SQLException {
    try (PreparedStatement role =
        db.prepareStatement("INSERT INTO account_role (account_id, role) VALUES (?, ?)")) {
      for (Role granted : roles) {
        role.setLong(1, accountId);
        role.setString(2, granted.name());
        role.executeUpdate();
      }
    }
  }

  private void update(String statement, Object... parameters) {
    try (Connection db = connect(serverUrl + name);
        PreparedStatement update = db.prepareStatement(statement)) {
      for (int i = 0; i < parameters.length; i++) {
        update.setObject(i + 1, parameters[i]);
      }
      update.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not run " + statement, e);
    }
  }

  private static Connection connect(String url) throws SQLException {
    return DriverManager.getConnection(
        url + URL_OPTIONS, TestDatabase.setting("user"), TestDatabase.setting("password"));
  }
}
