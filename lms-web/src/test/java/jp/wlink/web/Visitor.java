package jp.wlink.web;

import jakarta.json.Json;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** One browser-like client: keeps its cookies, follows no redirects, speaks HTTP/1.1. */
final class Visitor {
  private final URI root;
  private final String origin;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .cookieHandler(new CookieManager())
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  Visitor(URI root) {
    this.root = root;
    this.origin = root.getScheme() + "://" + root.getHost() + ":" + root.getPort();
  }

  HttpResponse<String> get(String path, String... headers) throws Exception {
    return send(request(path, headers).GET());
  }

  HttpResponse<String> post(String path, String json, String... headers) throws Exception {
    return send(request(path, headers).POST(body(json)).header("Content-Type", "application/json"));
  }

  HttpResponse<String> patch(String path, String json, String ifMatch) throws Exception {
    HttpRequest.Builder patch =
        request(path, "Origin", origin)
            .method("PATCH", body(json))
            .header("Content-Type", "application/merge-patch+json");
    return send(ifMatch == null ? patch : patch.header("If-Match", ifMatch));
  }

  /** An unsafe request as the W/LINK pages send it: from their own origin. */
  HttpResponse<String> put(String path, String json) throws Exception {
    return send(
        request(path, "Origin", origin).PUT(body(json)).header("Content-Type", "application/json"));
  }

  /** An unsafe request from W/LINK's own origin, with If-Match when a tag is given. */
  HttpResponse<String> send(String method, String path, String json, String ifMatch)
      throws Exception {
    HttpRequest.Builder request =
        request(path, "Origin", origin)
            .method(method, body(json))
            .header("Content-Type", "application/json");
    return send(ifMatch == null ? request : request.header("If-Match", ifMatch));
  }

  HttpResponse<String> postFromPage(String path, String json) throws Exception {
    return post(path, json, "Origin", origin);
  }

  HttpResponse<String> logIn(String email, String password) {
    try {
      return post("/api/v1/session", credentials(email, password), "Origin", origin);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private HttpRequest.Builder request(String path, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(root.resolve(path));
    return headers.length == 0 ? request : request.headers(headers);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpRequest.BodyPublisher body(String json) {
    return HttpRequest.BodyPublishers.ofString(json);
  }

  static String credentials(String email, String password) {
    return Json.createObjectBuilder()
        .add("email", email)
        .add("password", password)
        .build()
        .toString();
  }
}
