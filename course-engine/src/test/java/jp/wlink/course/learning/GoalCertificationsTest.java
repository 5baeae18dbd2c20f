package jp.wlink.course.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import jp.wlink.course.goal.GoalCertification;
import org.junit.jupiter.api.Test;

class GoalCertificationsTest {
  private final AtomicLong nanos = new AtomicLong();
  private final AtomicInteger reads = new AtomicInteger();
  private final GoalCertifications certifications =
      new GoalCertifications(Duration.ofSeconds(60), nanos::get);

  @Test
  void keepsACertificationWhileTheQuestionsStayTheSame() {
    certifications.get(7, 100, this::read);
    nanos.addAndGet(Duration.ofSeconds(59).toNanos());
    Optional<GoalCertification> again = certifications.get(7, 100, this::read);

    assertThat(again).map(GoalCertification::code).contains("SUIDO_SHISETSU_3");
    assertThat(reads).hasValue(1);
  }

  @Test
  void readsAgainWhenQuestionsArePublished() {
    certifications.get(7, 100, this::read);
    certifications.get(7, 101, this::read);

    assertThat(reads).hasValue(2);
  }

  @Test
  void readsAgainAfterTheMaximumAgeSoNewCoursesForTheCertificationCount() {
    certifications.get(7, 100, this::read);
    nanos.addAndGet(Duration.ofSeconds(60).toNanos());
    certifications.get(7, 100, this::read);

    assertThat(reads).hasValue(2);
  }

  @Test
  void keepsEachBlueprintApart() {
    certifications.get(7, 100, this::read);
    Optional<GoalCertification> unknown = certifications.get(8, 100, this::unknown);

    assertThat(unknown).isEmpty();
    assertThat(certifications.get(7, 100, this::read)).isPresent();
    assertThat(reads).hasValue(1);
  }

  private Optional<GoalCertification> read() {
    reads.incrementAndGet();
    return Optional.of(new GoalCertification("SUIDO_SHISETSU_3", Set.of("josui.coagulation")));
  }

  private Optional<GoalCertification> unknown() {
    return Optional.empty();
  }
}
