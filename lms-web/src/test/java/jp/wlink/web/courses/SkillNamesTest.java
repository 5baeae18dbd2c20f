package jp.wlink.web.courses;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.wlink.course.skills.SkillName;
import org.junit.jupiter.api.Test;

class SkillNamesTest {
  private final Map<String, SkillName> catalogue =
      new HashMap<>(
          Map.of(
              "josui.coagulation", new SkillName("凝集", "Coagulation"),
              "josui.filtration", new SkillName("ろ過", "Filtration"),
              "josui.dpd", new SkillName("DPD法", null)));
  private final MovableClock clock = new MovableClock();
  private final SkillNames names = new SkillNames(() -> Map.copyOf(catalogue), clock);

  @Test
  void namesASkillInJapaneseAndInEnglish() {
    assertThat(names.name(Locale.JAPANESE, "josui.coagulation")).isEqualTo("凝集");
    assertThat(names.name(Locale.ENGLISH, "josui.coagulation")).isEqualTo("Coagulation");
  }

  @Test
  void showsTheIdOfASkillThatHasNoNameYet() {
    assertThat(names.name(Locale.JAPANESE, "josui.new-topic")).isEqualTo("josui.new-topic");
    assertThat(names.isNamed("josui.new-topic")).isFalse();
    assertThat(names.isNamed("josui.coagulation")).isTrue();
  }

  @Test
  void showsTheJapaneseNameOnEnglishPagesWhenThereIsNoEnglishOne() {
    assertThat(names.name(Locale.ENGLISH, "josui.dpd")).isEqualTo("DPD法");
  }

  @Test
  void namesTheSkillsInAReasonAndLeavesItsNumbersAlone() {
    Object[] named = names.named(Locale.JAPANESE, List.of("josui.filtration", 78L));

    assertThat(named).containsExactly("ろ過", 78L);
  }

  @Test
  void showsANewNameAfterARefresh() {
    assertThat(names.name(Locale.JAPANESE, "josui.new-topic")).isEqualTo("josui.new-topic");
    catalogue.put("josui.new-topic", new SkillName("新しい単元", null));

    assertThat(names.name(Locale.JAPANESE, "josui.new-topic")).isEqualTo("josui.new-topic");
    names.refresh();
    assertThat(names.name(Locale.JAPANESE, "josui.new-topic")).isEqualTo("新しい単元");
  }

  @Test
  void readsTheCatalogueAgainOnceItsCopyHasExpired() {
    assertThat(names.name(Locale.JAPANESE, "josui.coagulation")).isEqualTo("凝集");
    catalogue.put("josui.coagulation", new SkillName("凝集（急速攪拌）", null));

    clock.now = clock.now.plus(SkillNames.FRESH).plusSeconds(1);

    assertThat(names.name(Locale.JAPANESE, "josui.coagulation")).isEqualTo("凝集（急速攪拌）");
  }

  private static final class MovableClock extends Clock {
    Instant now = Instant.parse("2026-12-04T12:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
