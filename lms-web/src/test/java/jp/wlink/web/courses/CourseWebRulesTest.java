package jp.wlink.web.courses;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import jp.wlink.web.account.Role;
import org.junit.jupiter.api.Test;

class CourseWebRulesTest {

  @Test
  void aStudentReadsTracksAsACareerPlanAndStaffAsALearningPath() {
    assertThat(TrackWording.isCareerPlan(Set.of(Role.Names.STUDENT)::contains)).isTrue();
    assertThat(TrackWording.isCareerPlan(Set.of(Role.Names.STAFF)::contains)).isFalse();
    assertThat(TrackWording.isCareerPlan(Set.of(Role.Names.STUDENT, Role.Names.STAFF)::contains))
        .isFalse();
  }

  @Test
  void aDownloadKeepsItsJapaneseNameEncodedForTheHeader() {
    assertThat(CourseFileServlet.disposition(null)).isEqualTo("inline");
    assertThat(CourseFileServlet.disposition("水質 基準.pdf"))
        .startsWith("attachment;")
        .contains("filename*=UTF-8''%E6%B0%B4%E8%B3%AA%20%E5%9F%BA%E6%BA%96.pdf");
  }

  @Test
  void readsTheDownloadNameAsUtf8FromTheRawQuery() {
    LessonView.AttachmentLink link =
        new LessonView.AttachmentLink("/files/courses/a.pdf", "水質 表.pdf", 1);

    String query = link.downloadUrl().substring(link.downloadUrl().indexOf('?') + 1);

    assertThat(CourseFileServlet.downloadName(query)).isEqualTo("水質 表.pdf");
    assertThat(CourseFileServlet.downloadName("x=1")).isNull();
    assertThat(CourseFileServlet.downloadName("download=%E6%")).isNull();
  }

  @Test
  void anImageTagEscapesItsAlternativeText() {
    assertThat(ImageTags.of("/files/courses/a.png", "沈殿池\"<b>"))
        .isEqualTo("<p><img src=\"/files/courses/a.png\" alt=\"沈殿池&quot;&lt;b&gt;\"></p>");
  }
}
