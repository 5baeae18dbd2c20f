package jp.wlink.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.File;
import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import jp.wlink.web.account.Role;
import jp.wlink.web.testing.ContainerDatabase;
import jp.wlink.web.testing.ExamSeed;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * W/LINK as users get it: the WAR that the build produced, on Payara Micro, over a MariaDB schema
 * that its own migrations created. Every test makes its own accounts, so the order does not matter.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WlinkContainerIT {
  private static final ContainerDatabase DATABASE = ContainerDatabase.fromSettings();
  private static final String PASSWORD = "Jousui-2026-ろ過";
  private static final String PROBLEMS = "https://wlink.jp/problems/";
  private static final int CROWD = 40;
  private static final int ROUNDS = 3;

  @ArquillianResource private URL base;

  private URI root;

  @Deployment(testable = false)
  static WebArchive deployment() {
    DATABASE.recreate();
    File war = new File(System.getProperty("wlink.war", "target/lms-web.war"));
    return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class);
  }

  @BeforeEach
  void findRoot() throws URISyntaxException {
    root = base.toURI();
  }

  @Test
  void reportsReadyAndLive() throws Exception {
    Visitor visitor = new Visitor(root);

    for (String probe : List.of("/health/ready", "/health/live")) {
      HttpResponse<String> health = visitor.get(probe);
      assertThat(health.statusCode()).as(probe).isEqualTo(200);
      assertThat(json(health).getString("status")).as(probe).isEqualTo("UP");
    }
  }

  @Test
  void showsTheHomePageInJapaneseWithHardenedHeadersAndCookie() throws Exception {
    HttpResponse<String> home = new Visitor(root).get("/");

    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(home.body()).contains("水のインフラを支える人を、つなぐ。");
    assertThat(home.headers().allValues("Content-Security-Policy"))
        .anySatisfy(policy -> assertThat(policy).contains("frame-ancestors 'none'"))
        .anySatisfy(policy -> assertThat(policy).contains("'nonce-"));
    assertThat(home.headers().allValues("X-Frame-Options")).containsExactly("DENY");
    assertThat(home.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(home.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(home.headers().firstValue("Referrer-Policy"))
        .hasValue("strict-origin-when-cross-origin");
    assertThat(home.headers().firstValue("Permissions-Policy"))
        .hasValue("camera=(), microphone=(), geolocation=()");
    assertThat(home.headers().allValues("Set-Cookie"))
        .filteredOn(cookie -> cookie.startsWith("JSESSIONID="))
        .singleElement()
        .satisfies(cookie -> assertThat(cookie).contains("HttpOnly"))
        .satisfies(cookie -> assertThat(cookie).containsIgnoringCase("SameSite=Lax"))
        .satisfies(cookie -> assertThat(cookie).doesNotContain("Secure"));
  }

  @Test
  void sendsAnonymousVisitorsOfTheDashboardToTheLoginPage() throws Exception {
    HttpResponse<String> dashboard = new Visitor(root).get("/dashboard.xhtml");

    assertThat(dashboard.statusCode()).isIn(302, 303);
    assertThat(URI.create(dashboard.headers().firstValue("Location").orElseThrow()).getPath())
        .isEqualTo("/login.xhtml");
    assertThat(dashboard.headers().allValues("X-Frame-Options")).containsExactly("DENY");
    assertThat(dashboard.headers().firstValue("Cache-Control")).hasValue("no-store");
  }

  @Test
  void answersAnonymousCallsWithAProblemInTheCallersLanguage() throws Exception {
    Visitor visitor = new Visitor(root);

    HttpResponse<String> japanese = visitor.get("/api/v1/me");
    HttpResponse<String> english = visitor.get("/api/v1/me", "Accept-Language", "en-GB,en;q=0.9");

    assertProblem(japanese, 401, "unauthorized");
    assertThat(json(japanese).getString("title")).isEqualTo("ログインが必要です");
    assertThat(json(japanese).getString("instance")).isEqualTo("/api/v1/me");
    assertProblem(english, 401, "unauthorized");
    assertThat(json(english).getString("title")).isEqualTo("Login required");
  }

  @Test
  void showsAStudentTheirRolesButNotTheAdministration() throws Exception {
    DATABASE.addActiveAccount("student@arq.example", "suido-gakusei", PASSWORD, Role.STUDENT);
    Visitor student = new Visitor(root);

    assertThat(student.logIn("student@arq.example", PASSWORD).statusCode()).isEqualTo(204);
    HttpResponse<String> me = student.get("/api/v1/me");
    HttpResponse<String> accounts = student.get("/api/v1/accounts");
    HttpResponse<String> adminPage = student.get("/admin/accounts.xhtml");

    assertThat(me.statusCode()).isEqualTo(200);
    assertThat(json(me).getString("handle")).isEqualTo("suido-gakusei");
    assertThat(json(me).getJsonArray("roles").getString(0)).isEqualTo("student");
    assertThat(json(me).containsKey("email")).isFalse();
    assertThat(me.headers().firstValue("ETag")).hasValueSatisfying(tag -> tag.matches("\"\\d+\""));
    assertProblem(accounts, 403, "forbidden");
    assertThat(adminPage.statusCode()).isEqualTo(403);
  }

  @Test
  void listsAccountsForAnAdministrator() throws Exception {
    DATABASE.addActiveAccount("admin@arq.example", "kanrisha", PASSWORD, Role.ADMIN);
    Visitor admin = new Visitor(root);

    assertThat(admin.logIn("admin@arq.example", PASSWORD).statusCode()).isEqualTo(204);
    HttpResponse<String> list = admin.get("/api/v1/accounts?page=1&size=100");
    HttpResponse<String> badSize = admin.get("/api/v1/accounts?size=1000");

    assertThat(list.statusCode()).isEqualTo(200);
    JsonObject page = json(list);
    assertThat(page.getInt("page")).isEqualTo(1);
    assertThat(page.getJsonNumber("total").longValue()).isPositive();
    assertThat(page.getJsonArray("items").getValuesAs(JsonObject.class))
        .anySatisfy(item -> assertThat(item.getString("handle")).isEqualTo("kanrisha"))
        .allSatisfy(item -> assertThat(item.containsKey("email")).isFalse());
    assertProblem(badSize, 400, "invalid-input");
    assertThat(json(badSize).getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("size");
  }

  @Test
  void locksAnAccountAfterFiveWrongPasswordsEvenForTheRightOne() throws Exception {
    DATABASE.addActiveAccount("locked@arq.example", "rokku", PASSWORD, Role.STAFF);
    Visitor visitor = new Visitor(root);

    List<Integer> failures =
        IntStream.range(0, 5)
            .mapToObj(attempt -> visitor.logIn("locked@arq.example", "wrong-" + attempt))
            .map(HttpResponse::statusCode)
            .toList();
    HttpResponse<String> rightPassword = visitor.logIn("locked@arq.example", PASSWORD);

    assertThat(failures).containsOnly(401);
    assertProblem(rightPassword, 429, "login-locked");
    assertThat(rightPassword.headers().firstValue("Retry-After")).isPresent();
    assertProblem(visitor.get("/api/v1/me"), 401, "unauthorized");
  }

  /**
   * Many logins at once, each followed at once by a call that needs the account's role: every
   * session must keep its roles (Payara's session-stored groups lost them under load, issue 6145).
   */
  @Test
  void keepsTheRolesOfEveryLoginWhenManyLogInAtOnce() throws Exception {
    List<String> emails = new ArrayList<>();
    for (int n = 0; n < CROWD; n++) {
      DATABASE.addActiveAccount("crowd" + n + "@arq.example", "crowd" + n, PASSWORD, Role.STAFF);
      emails.add("crowd" + n + "@arq.example");
    }

    List<String> outcomes = new ArrayList<>();
    for (int round = 0; round < ROUNDS; round++) {
      outcomes.addAll(new LoginCrowd(root, PASSWORD).logInTogether(emails));
    }

    assertThat(outcomes).hasSize(CROWD * ROUNDS).containsOnly("login 204, me 200 [staff]");
  }

  @Test
  void appliesAnAdministratorsRoleChangesOnTheMembersNextRequest() throws Exception {
    long id = DATABASE.addActiveAccount("promoted@arq.example", "shoushin", PASSWORD, Role.STAFF);
    Visitor member = new Visitor(root);
    assertThat(member.logIn("promoted@arq.example", PASSWORD).statusCode()).isEqualTo(204);

    HttpResponse<String> before = member.get("/api/v1/questions");
    DATABASE.grant(id, Role.HOST);
    HttpResponse<String> granted = member.get("/api/v1/questions");
    HttpResponse<String> me = member.get("/api/v1/me");
    DATABASE.revoke(id, Role.HOST);
    HttpResponse<String> revoked = member.get("/api/v1/questions");

    assertProblem(before, 403, "forbidden");
    assertThat(granted.statusCode()).as(granted.body()).isEqualTo(200);
    assertThat(json(me).getJsonArray("roles").toString()).isEqualTo("[\"staff\",\"host\"]");
    assertProblem(revoked, 403, "forbidden");
  }

  @Test
  void endsTheLoginOfADisabledAccountForGood() throws Exception {
    long id = DATABASE.addActiveAccount("stopped@arq.example", "teishi", PASSWORD, Role.MENTOR);
    Visitor member = new Visitor(root);
    assertThat(member.logIn("stopped@arq.example", PASSWORD).statusCode()).isEqualTo(204);

    DATABASE.setStatus(id, "DISABLED");
    HttpResponse<String> disabled = member.get("/api/v1/me");
    DATABASE.setStatus(id, "ACTIVE");
    HttpResponse<String> enabledAgain = member.get("/api/v1/me");

    assertProblem(disabled, 401, "unauthorized");
    assertProblem(enabledAgain, 401, "unauthorized");
  }

  @Test
  void refusesAChangeBasedOnAStaleVersion() throws Exception {
    DATABASE.addActiveAccount("mentor@arq.example", "menta", PASSWORD, Role.MENTOR);
    Visitor mentor = new Visitor(root);
    mentor.logIn("mentor@arq.example", PASSWORD);
    String readTag = mentor.get("/api/v1/me").headers().firstValue("ETag").orElseThrow();

    HttpResponse<String> withoutTag = mentor.patch("/api/v1/me", "{\"locale\":\"en\"}", null);
    HttpResponse<String> changed = mentor.patch("/api/v1/me", "{\"locale\":\"en\"}", readTag);
    HttpResponse<String> stale = mentor.patch("/api/v1/me", "{\"locale\":\"ja\"}", readTag);

    assertProblem(withoutTag, 428, "precondition-required");
    assertThat(changed.statusCode()).isEqualTo(200);
    assertThat(json(changed).getString("locale")).isEqualTo("en");
    assertThat(changed.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(readTag);
    assertProblem(stale, 412, "precondition-failed");
  }

  @Test
  void refusesChangesSentFromAnotherSite() throws Exception {
    DATABASE.addActiveAccount("staff@arq.example", "wakate", PASSWORD, Role.STAFF);
    Visitor visitor = new Visitor(root);
    String credentials = Visitor.credentials("staff@arq.example", PASSWORD);

    HttpResponse<String> fromElsewhere =
        visitor.post("/api/v1/session", credentials, "Origin", "https://evil.example");
    HttpResponse<String> unmarked = visitor.post("/api/v1/session", credentials);

    assertProblem(fromElsewhere, 403, "cross-origin");
    assertProblem(unmarked, 403, "cross-origin");
    assertProblem(visitor.get("/api/v1/me"), 401, "unauthorized");
  }

  @Test
  void letsAHostAuthorAQuestionButRefusesAStaleEditAndKeepsStudentsOut() throws Exception {
    DATABASE.addActiveAccount("host@arq.example", "koushi", PASSWORD, Role.HOST);
    DATABASE.addActiveAccount("learner@arq.example", "gakushu", PASSWORD, Role.STUDENT);
    Visitor host = new Visitor(root);
    Visitor student = new Visitor(root);
    host.logIn("host@arq.example", PASSWORD);
    student.logIn("learner@arq.example", PASSWORD);

    HttpResponse<String> created =
        host.send("POST", "/api/v1/questions", ApiSamples.question("初版"), null);
    String location = created.headers().firstValue("Location").orElseThrow();
    String firstTag = created.headers().firstValue("ETag").orElseThrow();
    HttpResponse<String> edited = host.send("PUT", location, ApiSamples.question("第2版"), firstTag);
    HttpResponse<String> stale = host.send("PUT", location, ApiSamples.question("古い版"), firstTag);
    HttpResponse<String> published =
        host.send("POST", location + "/status", "{\"status\":\"PUBLISHED\"}", "*");

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(json(created).getJsonObject("content").getString("name")).isEqualTo("初版");
    assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
    assertThat(edited.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(firstTag);
    assertProblem(stale, 412, "precondition-failed");
    assertProblem(published, 403, "forbidden");
    assertThat(json(host.get(location)).getJsonObject("content").getString("name"))
        .isEqualTo("第2版");
    assertProblem(student.get("/api/v1/questions"), 403, "forbidden");
    assertProblem(student.get(location), 403, "forbidden");
  }

  @Test
  void savesAnAnswerOnlyOnTopOfTheLatestOneAndOnlyForItsOwner() throws Exception {
    Visitor learner = examTaker("owner@arq.example", "jukensha");
    DATABASE.addActiveAccount("other@arq.example", "tanin", PASSWORD, Role.STAFF);
    Visitor other = new Visitor(root);
    other.logIn("other@arq.example", PASSWORD);
    String attempt = startMockExam(learner);

    JsonObject shown = json(learner.get(attempt));
    String first = attempt + "/slots/1/answer";
    HttpResponse<String> saved = learner.put(first, ApiSamples.answer(0, 0));
    HttpResponse<String> stale = learner.put(first, ApiSamples.answer(0, 1));

    assertThat(shown.getJsonArray("slots")).isNotEmpty();
    assertThat(shown.toString()).doesNotContain("fraction").doesNotContain("解説");
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    assertThat(json(saved).getInt("revision")).isEqualTo(1);
    assertProblem(stale, 409, "stale-answer");
    assertThat(json(stale).getInt("revision")).isEqualTo(1);
    assertThat(json(stale).getJsonObject("response").getJsonArray("choices").getInt(0))
        .isEqualTo(0);
    assertProblem(other.get(attempt), 404, "not-found");
    assertProblem(other.put(first, ApiSamples.answer(1, 1)), 404, "not-found");
    assertProblem(learner.get(attempt + "/result"), 409, "attempt-open");
  }

  @Test
  void submitsOnceThenShowsTheReviewAndTakesNoMoreAnswers() throws Exception {
    Visitor learner = examTaker("submitter@arq.example", "teishutsu");
    String attempt = startMockExam(learner);
    learner.put(attempt + "/slots/1/answer", ApiSamples.answer(0, 0));

    HttpResponse<String> submitted = learner.postFromPage(attempt + "/submit", "");
    HttpResponse<String> again = learner.postFromPage(attempt + "/submit", "");
    HttpResponse<String> late = learner.put(attempt + "/slots/2/answer", ApiSamples.answer(0, 0));
    HttpResponse<String> result = learner.get(attempt + "/result");

    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
    assertThat(json(again).getJsonNumber("points"))
        .isEqualTo(json(submitted).getJsonNumber("points"));
    assertProblem(late, 410, "attempt-closed");
    JsonObject review = json(result);
    assertThat(review.getString("ending")).isEqualTo("BY_LEARNER");
    assertThat(review.getJsonArray("items").getJsonObject(0).getString("explanation"))
        .contains("解説");
    assertThat(review.getJsonArray("items").getJsonObject(0).getJsonArray("correct")).hasSize(1);
  }

  /** A logged-in learner, with two questions in the bank for 下水道技術検定 第3種. */
  private Visitor examTaker(String email, String handle) throws Exception {
    DATABASE.addActiveAccount(email, handle, PASSWORD, Role.STAFF);
    try (ExamSeed seed = ExamSeed.into(DATABASE.jdbcUrl())) {
      seed.publish(
          email,
          "GESUIDO_3",
          "法規",
          List.of(ApiSamples.choiceQuestion(), ApiSamples.choiceQuestion()));
    }
    Visitor learner = new Visitor(root);
    assertThat(learner.logIn(email, PASSWORD).statusCode()).isEqualTo(204);
    return learner;
  }

  private static String startMockExam(Visitor learner) throws Exception {
    String body = "{\"blueprintId\":" + DATABASE.blueprintId("GESUIDO_3") + "}";
    HttpResponse<String> started = learner.postFromPage("/api/v1/attempts", body);
    assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
    return "/api/v1/attempts/" + json(started).getJsonNumber("id").longValue();
  }

  private static void assertProblem(HttpResponse<String> response, int status, String type) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(value -> assertThat(value).startsWith("application/problem+json"));
    JsonObject problem = json(response);
    assertThat(problem.getString("type")).isEqualTo(PROBLEMS + type);
    assertThat(problem.getInt("status")).isEqualTo(status);
    assertThat(problem.getString("title")).isNotBlank();
    assertThat(problem.getString("detail")).isNotBlank();
  }

  private static JsonObject json(HttpResponse<String> response) {
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readObject();
    }
  }
}
