package jp.wlink.web.journey;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import jp.wlink.web.testing.TestDatabase;

/**
 * One real W/LINK for all browser journeys of a test run: the built WAR on Payara Micro, on its own
 * freshly created MariaDB schema, sending mail to a GreenMail SMTP server in this JVM. Started on
 * first use and stopped when the JVM exits.
 */
final class RunningWlink {
  private static final Duration STARTUP = Duration.ofMinutes(4);
  private static final Duration STOP = Duration.ofMinutes(1);

  /** Overridable so that parallel checkouts on one machine never share a schema. */
  private static final String SCHEMA =
      System.getProperty("wlink.test.web.schema", "wlink_test_web");

  private static RunningWlink instance;

  private final int port;
  private final GreenMail mail;
  private Process server;

  private RunningWlink() throws Exception {
    port = freePort();
    mail = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    mail.start();
    recreateSchema();
    server = start();
    Runtime.getRuntime().addShutdownHook(new Thread(this::stop));
    awaitReady();
  }

  static synchronized RunningWlink get() {
    if (instance == null) {
      try {
        instance = new RunningWlink();
      } catch (Exception e) {
        throw new IllegalStateException("W/LINK did not start for the browser tests", e);
      }
    }
    return instance;
  }

  /** The address a person types, e.g. {@code http://localhost:41234/}. */
  String url(String path) {
    return "http://localhost:" + port + path;
  }

  /**
   * Grants a role straight in the database, as an operator bootstraps the first administrator;
   * everything after that goes through the pages.
   */
  void grantRole(String email, String role) throws SQLException {
    try (Connection connection =
            DriverManager.getConnection(
                schemaUrl(), TestDatabase.setting("user"), TestDatabase.setting("password"));
        java.sql.PreparedStatement grant =
            connection.prepareStatement(
                "INSERT INTO account_role (account_id, role) SELECT id, ? FROM account"
                    + " WHERE email = ?")) {
      grant.setString(1, role);
      grant.setString(2, email);
      grant.executeUpdate();
    }
  }

  GreenMail mail() {
    return mail;
  }

  /** The JDBC address of the server's own schema, for tests that seed data it will read. */
  String jdbcUrl() {
    return schemaUrl();
  }

  /**
   * Stops the server and starts it again on the same port and schema, as an operator restarts
   * W/LINK: every session ends, everything stored stays.
   */
  synchronized void restart() throws Exception {
    server.destroy();
    if (!server.waitFor(STOP.toSeconds(), java.util.concurrent.TimeUnit.SECONDS)) {
      server.destroyForcibly().waitFor();
    }
    server = start();
    awaitReady();
  }

  private Process start() throws IOException {
    Path out = Path.of(System.getProperty("wlink.test.out", "target/test-out"));
    Files.createDirectories(out);
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-Xmx512m", "-Duser.language=ja", "-Dfile.encoding=UTF-8"));
    command.add("-Djava.io.tmpdir=" + out.toAbsolutePath());
    command.add("-Dwlink.db.url=" + schemaUrl());
    command.add("-Dwlink.db.user=" + TestDatabase.setting("user"));
    command.add("-Dwlink.db.password=" + TestDatabase.setting("password"));
    command.add("-Dwlink.demo=false");
    command.add("-Dwlink.base-url=" + url(""));
    command.add("-Dwlink.smtp.host=127.0.0.1");
    command.add("-Dwlink.smtp.port=" + mail.getSmtp().getPort());
    command.addAll(
        List.of("-jar", System.getProperty("payara.microJar", "target/payara-micro.jar")));
    command.addAll(List.of("--deploy", System.getProperty("wlink.war", "target/lms-web.war")));
    command.addAll(List.of("--contextroot", "/", "--port", String.valueOf(port), "--nocluster"));
    Path root = out.resolve("payara-journeys");
    forgetDeployedApplications(root);
    command.addAll(List.of("--rootdir", root.toAbsolutePath().toString()));
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(
            ProcessBuilder.Redirect.appendTo(out.resolve("payara-journeys.log").toFile()))
        .start();
  }

  /**
   * Payara Micro redeploys what its root folder still holds before the --deploy archive, so a WAR
   * left by an older build would migrate the schema first; only the archive under test may run.
   */
  private static void forgetDeployedApplications(Path root) throws IOException {
    for (String folder : List.of("applications", "generated")) {
      Path path = root.resolve(folder);
      if (Files.exists(path)) {
        try (var paths = Files.walk(path)) {
          for (Path each : paths.sorted(Comparator.reverseOrder()).toList()) {
            Files.delete(each);
          }
        }
      }
    }
  }

  private void awaitReady() throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    Instant deadline = Instant.now().plus(STARTUP);
    while (Instant.now().isBefore(deadline)) {
      if (!server.isAlive()) {
        throw new IllegalStateException(
            "Payara Micro exited; see target/test-out/payara-journeys.log");
      }
      try {
        if (answers(http, "/health/ready") && answers(http, "/register.xhtml")) {
          return;
        }
      } catch (IOException notYet) {
        // The port is not open yet: keep waiting.
      }
      Thread.sleep(1000);
    }
    throw new IllegalStateException("W/LINK was not ready within " + STARTUP);
  }

  /** Readiness can turn UP a moment before the pages are served, so both are asked. */
  private boolean answers(HttpClient http, String path) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(url(path))).build();
    return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
  }

  private void stop() {
    server.destroy();
    mail.stop();
  }

  private static String schemaUrl() {
    String base = TestDatabase.setting("url");
    return base.substring(0, base.lastIndexOf('/') + 1)
        + SCHEMA
        + "?useSSL=false&allowPublicKeyRetrieval=true";
  }

  private static void recreateSchema() throws SQLException {
    String base = TestDatabase.setting("url");
    String server = base.substring(0, base.lastIndexOf('/') + 1);
    try (Connection connection =
            DriverManager.getConnection(
                server + "?useSSL=false&allowPublicKeyRetrieval=true",
                TestDatabase.setting("user"),
                TestDatabase.setting("password"));
        Statement sql = connection.createStatement()) {
      sql.execute("DROP DATABASE IF EXISTS " + SCHEMA);
      sql.execute(
          "CREATE DATABASE " + SCHEMA + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
