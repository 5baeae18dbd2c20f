package jp.wlink.course.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LessonVideoTest {

  @Test
  void acceptsHttpsLinksToVideoSites() {
    LessonVideo video = LessonVideo.external(" https://www.youtube.com/watch?v=abc ");

    assertThat(video.getKind()).isEqualTo(VideoKind.EXTERNAL);
    assertThat(video.getUrl()).contains("https://www.youtube.com/watch?v=abc");
  }

  @Test
  void refusesLinksThatAreNotHttps() {
    assertThat(LessonVideo.isAcceptedLink("http://vimeo.com/1")).isFalse();
    assertThat(LessonVideo.isAcceptedLink("javascript:alert(1)")).isFalse();
    assertThat(LessonVideo.isAcceptedLink("https://user@example.com/v")).isFalse();
    assertThat(LessonVideo.isAcceptedLink("/files/x.mp4")).isFalse();
    assertThatThrownBy(() -> LessonVideo.external("ftp://example.com/v.mp4"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
