package jp.wlink.course.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import jp.wlink.course.adaptive.CourseMap;
import org.junit.jupiter.api.Test;

class CourseMapsTest {
  private final AtomicLong nanos = new AtomicLong();
  private final AtomicInteger builds = new AtomicInteger();
  private final CourseMaps maps = new CourseMaps(2, Duration.ofMinutes(10), nanos::get);

  @Test
  void keepsTheMapOfACourseVersionInsteadOfRebuildingIt() {
    CourseMaps.Built first = maps.get(key(1, 5, 9), () -> build(1));
    CourseMaps.Built second = maps.get(key(1, 5, 9), () -> build(1));

    assertThat(second).isSameAs(first);
    assertThat(builds).hasValue(1);
  }

  @Test
  void rebuildsWhenTheCourseIsEditedOrQuestionsArePublishedAndDropsTheOldMap() {
    CourseMaps.Built published = maps.get(key(1, 5, 9), () -> build(1));
    CourseMaps.Built edited = maps.get(key(1, 6, 9), () -> build(1));
    CourseMaps.Built moreQuestions = maps.get(key(1, 6, 10), () -> build(1));

    assertThat(edited).isNotSameAs(published);
    assertThat(moreQuestions).isNotSameAs(edited);
    assertThat(builds).hasValue(3);
    assertThat(maps.size()).isEqualTo(1);
  }

  @Test
  void rebuildsAMapOlderThanItsMaximumAgeSoRecalibratedItemsAreResorted() {
    CourseMaps.Built fresh = maps.get(key(1, 5, 9), () -> build(1));
    nanos.addAndGet(Duration.ofMinutes(9).toNanos());
    CourseMaps.Built stillFresh = maps.get(key(1, 5, 9), () -> build(1));
    nanos.addAndGet(Duration.ofMinutes(2).toNanos());
    CourseMaps.Built expired = maps.get(key(1, 5, 9), () -> build(1));

    assertThat(stillFresh).isSameAs(fresh);
    assertThat(expired).isNotSameAs(fresh);
  }

  @Test
  void keepsAtMostItsCapacityDroppingTheLeastRecentlyUsedCourse() {
    CourseMaps.Built one = maps.get(key(1, 1, 1), () -> build(1));
    maps.get(key(2, 1, 1), () -> build(2));
    maps.get(key(1, 1, 1), () -> build(1));
    maps.get(key(3, 1, 1), () -> build(3));

    assertThat(maps.size()).isEqualTo(2);
    assertThat(maps.get(key(1, 1, 1), () -> build(1))).isSameAs(one);
    assertThat(builds).hasValue(3);
    maps.get(key(2, 1, 1), () -> build(2));
    assertThat(builds).hasValue(4);
  }

  @Test
  void servesManyThreadsAtOnceWithOneMapPerCourse() throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(8);
    List<Future<CourseMaps.Built>> results = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      long course = 1 + i % 2;
      results.add(threads.submit(() -> maps.get(key(course, 1, 1), () -> build(course))));
    }
    for (Future<CourseMaps.Built> result : results) {
      assertThat(result.get().map().courseId()).isIn(1L, 2L);
    }
    threads.shutdown();
    assertThat(threads.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

    assertThat(maps.size()).isEqualTo(2);
    assertThat(builds.get()).isLessThan(100);
  }

  private static CourseMaps.Key key(long course, long version, long questions) {
    return new CourseMaps.Key(course, version, questions);
  }

  private CourseMaps.Built build(long course) {
    builds.incrementAndGet();
    CourseMap map = CourseMap.builder(course).skill("s", 1).item(7, "s", 0.5).build();
    return new CourseMaps.Built(map, Map.of("s", 0), Map.of(7L, 0));
  }
}
