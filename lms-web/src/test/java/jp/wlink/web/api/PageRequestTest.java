package jp.wlink.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageRequestTest {
  @Test
  void startsTheFirstPageAtTheFirstItem() {
    assertThat(new PageRequest("1", "20").first()).isZero();
  }

  @Test
  void skipsTheItemsOfEarlierPages() {
    PageRequest third = new PageRequest("3", "25");

    assertThat(third.first()).isEqualTo(50);
    assertThat(third.page()).isEqualTo(3);
    assertThat(third.size()).isEqualTo(25);
  }

  @Test
  void staysWithinIntegersForTheLargestAllowedPage() {
    assertThat(new PageRequest("999999", "100").first()).isEqualTo(99_999_800);
  }
}
