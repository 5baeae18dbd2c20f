import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Many learners taking one mock exam at once against a running W/LINK, each saving an answer
 * every few seconds through the same API the exam page uses. Prints how long saves took and how
 * many were acknowledged; exam-load.sh then counts what the database holds. JDK only, run as a
 * single-file program: {@code java ExamLoad.java BASE_URL BLUEPRINT_ID LEARNERS SECONDS}.
 */
public class ExamLoad {
  private static final Pattern SLOT =
      Pattern.compile("\"position\"\\s*:\\s*(\\d+)[^{}]*?\"type\"\\s*:\\s*\"([A-Z_]+)\"");
  private static final Pattern REVISION = Pattern.compile("\"revision\"\\s*:\\s*(\\d+)");
  private static final Pattern ATTEMPT_ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
  private static final String PASSWORD = "Bench-Password-2026!";

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .executor(Executors.newFixedThreadPool(16))
          .build();
  private final String base;
  private final ConcurrentLinkedQueue<Long> latenciesMicros = new ConcurrentLinkedQueue<>();
  private final AtomicLong acknowledged = new AtomicLong();
  private final AtomicLong refused = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();

  ExamLoad(String base) {
    this.base = base;
  }

  public static void main(String[] args) throws Exception {
    String base = args[0];
    long blueprint = Long.parseLong(args[1]);
    int learners = Integer.parseInt(args[2]);
    int seconds = Integer.parseInt(args[3]);
    try {
      new ExamLoad(base).run(blueprint, learners, seconds);
    } catch (Exception e) {
      e.printStackTrace();
      System.exit(1); // the learners' pool threads would keep a failed run alive
    }
  }

  void run(long blueprint, int learners, int seconds) throws Exception {
    List<Learner> ready = prepare(blueprint, learners);
    System.out.printf("%d learners logged in and started the exam%n", ready.size());
    ScheduledExecutorService clock = Executors.newScheduledThreadPool(8);
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    CountDownLatch finished = new CountDownLatch(ready.size());
    for (Learner learner : ready) {
      long firstDelay = ThreadLocalRandom.current().nextLong(3000);
      clock.schedule(() -> learner.next(clock, end, finished), firstDelay, TimeUnit.MILLISECONDS);
    }
    finished.await(seconds + 120L, TimeUnit.SECONDS);
    clock.shutdownNow();
    report(ready.size(), seconds);
    System.exit(0);
  }

  private List<Learner> prepare(long blueprint, int learners) throws Exception {
    var pool = Executors.newFixedThreadPool(8);
    List<java.util.concurrent.Future<Learner>> started = new ArrayList<>();
    for (int i = 1; i <= learners; i++) {
      int number = i;
      started.add(pool.submit(() -> start(number, blueprint)));
    }
    List<Learner> ready = new ArrayList<>();
    for (var future : started) {
      ready.add(future.get());
    }
    pool.shutdown();
    return ready;
  }

  private Learner start(int number, long blueprint) throws Exception {
    String email = String.format(Locale.ROOT, "bench%04d@bench.wlink.jp", number);
    String credentials = "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}";
    HttpResponse<String> login = send(post("/api/v1/session", null, credentials));
    String cookie = sessionCookie(login);
    HttpResponse<String> begun =
        send(post("/api/v1/attempts", cookie, "{\"blueprintId\":" + blueprint + "}"));
    Matcher id = ATTEMPT_ID.matcher(begun.body());
    if (begun.statusCode() != 201 || !id.find()) {
      throw new IllegalStateException(
          email + " could not start: " + begun.body() + " cookies " + login.headers().allValues("Set-Cookie"));
    }
    long attempt = Long.parseLong(id.group(1));
    HttpResponse<String> shown = send(request("/api/v1/attempts/" + attempt, cookie).GET().build());
    return new Learner(cookie, attempt, slots(shown.body()));
  }

  private static List<String[]> slots(String json) {
    List<String[]> slots = new ArrayList<>();
    Matcher slot = SLOT.matcher(json);
    while (slot.find()) {
      if (!slot.group(2).equals("DESCRIPTION")) {
        slots.add(new String[] {slot.group(1), slot.group(2)});
      }
    }
    return slots;
  }

  private static String sessionCookie(HttpResponse<String> login) {
    if (login.statusCode() != 204) {
      throw new IllegalStateException("login refused: " + login.statusCode() + " " + login.body());
    }
    // The login renews the session id, so a response may set JSESSIONID twice: the last one counts.
    return login.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith("JSESSIONID="))
        .map(c -> c.substring(0, c.indexOf(';')))
        .reduce((first, second) -> second)
        .orElseThrow();
  }

  private HttpRequest.Builder request(String path, String cookie) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(30))
            .header("Accept", "application/json")
            .header("Origin", base);
    return cookie == null ? builder : builder.header("Cookie", cookie);
  }

  private HttpRequest post(String path, String cookie, String json) {
    return request(path, cookie)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json))
        .build();
  }

  private HttpResponse<String> send(HttpRequest request) throws Exception {
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static String answerFor(String type, int round) {
    return switch (type) {
      case "SINGLE_CHOICE", "MULTIPLE_RESPONSE" ->
          "{\"kind\":\"choice\",\"choices\":[" + (round % 4) + "]}";
      case "TRUE_FALSE" -> "{\"kind\":\"trueFalse\",\"answer\":" + (round % 2 == 0) + "}";
      default -> "{\"kind\":\"text\",\"text\":\"" + (round * 7) + "\"}";
    };
  }

  /** One learner: answers a random question, waits 2–4 seconds, and again until the end. */
  private final class Learner {
    private final String cookie;
    private final long attempt;
    private final List<String[]> slots;
    private final long[] revisions;
    private int round;

    Learner(String cookie, long attempt, List<String[]> slots) {
      this.cookie = cookie;
      this.attempt = attempt;
      this.slots = slots;
      this.revisions = new long[slots.size()];
    }

    void next(ScheduledExecutorService clock, long end, CountDownLatch finished) {
      if (System.nanoTime() >= end || slots.isEmpty()) {
        finished.countDown();
        return;
      }
      int index = ThreadLocalRandom.current().nextInt(slots.size());
      String body =
          "{\"baseRevision\":" + revisions[index] + ",\"response\":"
              + answerFor(slots.get(index)[1], ++round) + "}";
      String path = "/api/v1/attempts/" + attempt + "/slots/" + slots.get(index)[0] + "/answer";
      HttpRequest save =
          request(path, cookie)
              .header("Content-Type", "application/json")
              .PUT(HttpRequest.BodyPublishers.ofString(body))
              .build();
      long sent = System.nanoTime();
      http.sendAsync(save, HttpResponse.BodyHandlers.ofString())
          .whenComplete(
              (reply, error) -> {
                record(reply, error, index, sent);
                long pause = 2000 + ThreadLocalRandom.current().nextLong(2000);
                clock.schedule(() -> next(clock, end, finished), pause, TimeUnit.MILLISECONDS);
              });
    }

    private void record(HttpResponse<String> reply, Throwable error, int index, long sent) {
      latenciesMicros.add((System.nanoTime() - sent) / 1000);
      if (error != null) {
        failed.incrementAndGet();
      } else if (reply.statusCode() == 200) {
        Matcher revision = REVISION.matcher(reply.body());
        revision.find();
        revisions[index] = Long.parseLong(revision.group(1));
        acknowledged.incrementAndGet();
      } else {
        refused.incrementAndGet();
      }
    }
  }

  private void report(int learners, int seconds) {
    List<Long> sorted = new ArrayList<>(latenciesMicros);
    sorted.sort(null);
    System.out.printf(
        Locale.ROOT,
        "learners=%d seconds=%d saves_sent=%d acknowledged=%d refused=%d failed=%d%n",
        learners, seconds, sorted.size(), acknowledged.get(), refused.get(), failed.get());
    System.out.printf(
        Locale.ROOT,
        "save latency ms: p50=%.1f p95=%.1f p99=%.1f max=%.1f (%.0f saves/s)%n",
        percentile(sorted, 0.50), percentile(sorted, 0.95), percentile(sorted, 0.99),
        percentile(sorted, 1.0), sorted.size() / (double) seconds);
  }

  private static double percentile(List<Long> sorted, double share) {
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    int index = (int) Math.ceil(share * sorted.size()) - 1;
    return sorted.get(Math.max(0, index)) / 1000.0;
  }
}
