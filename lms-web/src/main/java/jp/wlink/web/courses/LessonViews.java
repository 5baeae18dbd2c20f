package jp.wlink.web.courses;

import java.util.List;
import java.util.Optional;
import jp.wlink.course.catalogue.Attachment;
import jp.wlink.course.catalogue.Course;
import jp.wlink.course.catalogue.Lesson;
import jp.wlink.course.catalogue.LessonVideo;
import jp.wlink.course.files.CourseMedia;
import jp.wlink.course.files.StoredCourseFile;

/** Copies a lesson into the view its page shows. */
final class LessonViews {
  private LessonViews() {}

  static LessonView of(Lesson lesson, Course course, List<Lesson> sequence, boolean open) {
    int at = sequence.indexOf(lesson);
    Long previous = at > 0 ? sequence.get(at - 1).getId() : null;
    Long next = at >= 0 && at < sequence.size() - 1 ? sequence.get(at + 1).getId() : null;
    return new LessonView(
        lesson.getId(),
        lesson.getTitle(),
        lesson.getBody(),
        lesson.getLevel(),
        lesson.getMinutes(),
        lesson.getSkills(),
        lesson.getPracticeCount(),
        video(lesson.getVideo()),
        lesson.getAttachments().stream().map(LessonViews::link).toList(),
        course.getId(),
        course.getTitle(),
        lesson.getUnit().getTitle(),
        previous,
        next,
        open,
        !course.isPublished());
  }

  static LessonView.Video video(LessonVideo video) {
    return new LessonView.Video(
        video.getKind(),
        video.getFile().map(LessonViews::url).orElse(null),
        video.getFile().flatMap(LessonViews::mediaType).orElse(null),
        video.getPoster().map(LessonViews::url).orElse(null),
        video.getSubtitles().map(LessonViews::url).orElse(null),
        video.getUrl().orElse(null));
  }

  static LessonView.AttachmentLink link(Attachment attachment) {
    long kilobytes = Math.max(1, (attachment.getSizeBytes() + 1023) / 1024);
    return new LessonView.AttachmentLink(
        url(attachment.getStoredName()), attachment.getTitle(), kilobytes);
  }

  static String url(String storedName) {
    return StoredCourseFile.URL_PREFIX + storedName;
  }

  /** The media type of a stored video, for the source element (without parameters). */
  private static Optional<String> mediaType(String storedName) {
    int dot = storedName.lastIndexOf('.');
    return CourseMedia.ofExtension(storedName.substring(dot + 1)).map(CourseMedia::mediaType);
  }
}
