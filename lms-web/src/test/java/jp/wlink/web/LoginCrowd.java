package jp.wlink.web;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Many people logging in through the API at the same moment, each on their own client, each asking
 * for their account right after the login: the pattern under which sessions used to lose roles.
 */
final class LoginCrowd {
  private static final long TIMEOUT_MINUTES = 2;

  private final URI root;
  private final String password;

  LoginCrowd(URI root, String password) {
    this.root = root;
    this.password = password;
  }

  /** One line per email, in order: {@code login 204, me 200 [staff]} when all went well. */
  List<String> logInTogether(List<String> emails) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(emails.size());
    CyclicBarrier start = new CyclicBarrier(emails.size());
    try {
      List<Future<String>> calls = new ArrayList<>();
      for (String email : emails) {
        calls.add(pool.submit(() -> logInThenAskWhoIAm(email, start)));
      }

      List<String> outcomes = new ArrayList<>();
      for (Future<String> call : calls) {
        outcomes.add(call.get(TIMEOUT_MINUTES, TimeUnit.MINUTES));
      }
      return outcomes;
    } finally {
      pool.shutdownNow();
    }
  }

  private String logInThenAskWhoIAm(String email, CyclicBarrier start) throws Exception {
    Visitor visitor = new Visitor(root);
    start.await(TIMEOUT_MINUTES, TimeUnit.MINUTES);

    int login = visitor.logIn(email, password).statusCode();
    HttpResponse<String> me = visitor.get("/api/v1/me");

    String roles = me.statusCode() == 200 ? roles(me) : "";
    return "login " + login + ", me " + me.statusCode() + " " + roles;
  }

  private static String roles(HttpResponse<String> me) {
    try (JsonReader reader = Json.createReader(new StringReader(me.body()))) {
      return reader.readObject().getJsonArray("roles").toString().replace("\"", "");
    }
  }
}
