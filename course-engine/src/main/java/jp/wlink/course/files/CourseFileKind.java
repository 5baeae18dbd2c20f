package jp.wlink.course.files;

import java.util.EnumSet;
import java.util.Set;

/** What an uploaded file is for, and so which formats it may have. */
public enum CourseFileKind {
  VIDEO(EnumSet.of(CourseMedia.MP4, CourseMedia.WEBM)),
  IMAGE(EnumSet.of(CourseMedia.PNG, CourseMedia.JPEG, CourseMedia.GIF, CourseMedia.WEBP)),
  SUBTITLES(EnumSet.of(CourseMedia.VTT)),
  PDF(EnumSet.of(CourseMedia.PDF));

  private final Set<CourseMedia> accepted;

  CourseFileKind(Set<CourseMedia> accepted) {
    this.accepted = accepted;
  }

  public boolean accepts(CourseMedia media) {
    return accepted.contains(media);
  }

  public String getMessageKey() {
    return "course.file.kind." + name();
  }
}
