package jp.wlink.web.courses;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import jp.wlink.course.catalogue.Attachment;
import jp.wlink.course.catalogue.CourseAuthoring;
import jp.wlink.course.catalogue.LessonVideo;
import jp.wlink.course.files.CourseFileKind;
import jp.wlink.course.files.CourseFileLimits;
import jp.wlink.course.files.StoredCourseFile;
import jp.wlink.web.courses.AuthoringViews.LessonDraft;
import jp.wlink.web.exams.PageParams;
import jp.wlink.web.i18n.Messages;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * The lesson editor: title, body (HTML, sanitised on save, with uploaded images added to it),
 * level, minutes, skills and practice; the video (an upload with poster and WebVTT subtitles, or an
 * https link) and PDF attachments. Each upload is checked by type and size and refused with a
 * message that says why; what was saved before stays.
 */
@Named
@ViewScoped
public class LessonEditorPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private AuthoringReading reading;
  @Inject private CourseAuthoring authoring;
  @Inject private CourseEditors editors;
  @Inject private CourseUploads uploads;
  @Inject private Messages messages;

  private Long id;
  private LessonDraft draft;
  private final LessonForm form = new LessonForm();
  private String imageTag;

  public String load() {
    if (id == null || !reload()) {
      return PageParams.notFound();
    }
    form.fill(draft);
    return null;
  }

  private boolean reload() {
    Optional<LessonDraft> found = reading.lesson(editors.current(), id);
    found.ifPresent(d -> draft = d);
    return found.isPresent();
  }

  public void save() {
    SkillText.Parsed<String> skills = SkillText.ids(form.getSkills());
    if (!skills.ok()) {
      messages.error("lesson:skills", "course.error.skill", skills.badEntry().orElseThrow());
      return;
    }
    boolean saved =
        AuthoringOutcome.attempt(
            messages,
            () ->
                authoring.describeLesson(
                    editors.current(), id, draft.version(), form.details(skills.values())),
            "course.lesson.saved");
    if (saved) {
      reload();
      form.fill(draft);
    }
  }

  /**
   * Stores the image and offers the tag that shows it, to paste into the body where it belongs; the
   * body field is left alone, so nothing typed and not yet saved is lost.
   */
  public void uploadImage(FileUploadEvent event) {
    store(event.getFile(), CourseFileKind.IMAGE)
        .ifPresent(
            stored -> {
              imageTag = ImageTags.of(stored.url(), altText(event.getFile().getFileName()));
              messages.info("course.file.imageStored");
            });
  }

  public void uploadVideo(FileUploadEvent event) {
    store(event.getFile(), CourseFileKind.VIDEO)
        .ifPresent(
            stored ->
                change(
                    () ->
                        authoring.showVideo(
                            editors.current(),
                            id,
                            LessonVideo.uploaded(
                                stored.fileName(), Optional.empty(), Optional.empty())),
                    "course.video.uploaded"));
  }

  public void uploadPoster(FileUploadEvent event) {
    store(event.getFile(), CourseFileKind.IMAGE)
        .ifPresent(
            stored ->
                change(
                    () ->
                        authoring.reviseVideo(
                            editors.current(), id, video -> video.withPoster(stored.fileName())),
                    "course.video.posterAdded"));
  }

  public void uploadSubtitles(FileUploadEvent event) {
    store(event.getFile(), CourseFileKind.SUBTITLES)
        .ifPresent(
            stored ->
                change(
                    () ->
                        authoring.reviseVideo(
                            editors.current(), id, video -> video.withSubtitles(stored.fileName())),
                    "course.video.subtitlesAdded"));
  }

  public void useExternalLink() {
    String link = form.getExternalLink();
    if (link == null || !LessonVideo.isAcceptedLink(link)) {
      messages.error("video:link", "course.error.link");
      return;
    }
    change(
        () -> authoring.showVideo(editors.current(), id, LessonVideo.external(link)),
        "course.video.linked");
  }

  public void removeVideo() {
    change(
        () -> authoring.showVideo(editors.current(), id, LessonVideo.none()),
        "course.video.removed");
  }

  public void uploadAttachment(FileUploadEvent event) {
    UploadedFile file = event.getFile();
    store(file, CourseFileKind.PDF)
        .ifPresent(
            stored ->
                change(
                    () ->
                        authoring.attach(
                            editors.current(),
                            id,
                            new Attachment(
                                stored.fileName(), file.getFileName(), stored.sizeBytes())),
                    "course.attachment.added"));
  }

  public void removeAttachment(int index) {
    change(() -> authoring.detach(editors.current(), id, index), "course.attachment.removed");
  }

  private void change(Runnable change, String doneKey) {
    AuthoringOutcome.attempt(messages, change, doneKey);
    reload();
  }

  private Optional<StoredCourseFile> store(UploadedFile file, CourseFileKind kind) {
    return uploads.store(file, kind);
  }

  private static String altText(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot > 0 ? fileName.substring(0, dot) : fileName;
  }

  /** The size limit of a kind in megabytes, for the upload hints. */
  public long maxMegabytes(CourseFileKind kind) {
    return uploads.maxBytes(kind) / CourseFileLimits.MEGABYTE;
  }

  /** The same in bytes, for the upload components' client-side check. */
  public long maxBytes(CourseFileKind kind) {
    return uploads.maxBytes(kind);
  }

  public java.util.List<Integer> getLevels() {
    return LevelChoices.ALL;
  }

  public String getImageTag() {
    return imageTag;
  }

  public LessonDraft getDraft() {
    return draft;
  }

  /** The lesson's skill ids, for the page to show their names to the author. */
  public List<String> getSkillIds() {
    return SkillText.ids(form.getSkills()).values();
  }

  public LessonForm getForm() {
    return form;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
