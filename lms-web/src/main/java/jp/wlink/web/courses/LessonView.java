package jp.wlink.web.courses;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import jp.wlink.course.catalogue.VideoKind;

/**
 * A lesson as its page shows it: the sanitised body, the video (file with poster and subtitles, or
 * a link), attachments, practice, where it sits in its course and whether it is open to the viewer.
 */
public record LessonView(
    long id,
    String title,
    String body,
    int level,
    int minutes,
    List<String> skills,
    int practiceCount,
    Video video,
    List<AttachmentLink> attachments,
    long courseId,
    String courseTitle,
    String unitTitle,
    Long previousId,
    Long nextId,
    boolean open,
    boolean draft)
    implements Serializable {

  /** The video: a file's URL with optional poster and subtitles, or an external link. */
  public record Video(
      VideoKind kind,
      String fileUrl,
      String mediaType,
      String posterUrl,
      String subtitlesUrl,
      String link)
      implements Serializable {

    public boolean isUploaded() {
      return kind == VideoKind.UPLOADED;
    }

    public boolean isExternal() {
      return kind == VideoKind.EXTERNAL;
    }
  }

  /** A PDF to download, with its size in kilobytes for the link. */
  public record AttachmentLink(String url, String title, long kilobytes) implements Serializable {

    /** The link that downloads the file under its title, which is percent-encoded as UTF-8. */
    public String downloadUrl() {
      return url + "?download=" + URLEncoder.encode(title, StandardCharsets.UTF_8);
    }
  }

  public boolean hasPractice() {
    return practiceCount > 0 && !skills.isEmpty();
  }
}
