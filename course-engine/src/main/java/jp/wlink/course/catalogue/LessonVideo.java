package jp.wlink.course.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A lesson's video: none, an uploaded file (stored name in the course file store) with an optional
 * poster image and WebVTT subtitle track, or an external https link. Immutable; a lesson replaces
 * its video as a whole.
 */
@Embeddable
public class LessonVideo {
  private static final int MAX_URL = 500;

  @Enumerated(EnumType.STRING)
  @Column(name = "video_kind", nullable = false)
  private VideoKind kind = VideoKind.NONE;

  @Column(name = "video_file")
  private String file;

  @Column(name = "video_poster")
  private String poster;

  @Column(name = "video_subtitles")
  private String subtitles;

  @Column(name = "video_url")
  private String url;

  protected LessonVideo() {}

  private LessonVideo(VideoKind kind, String file, String poster, String subtitles, String url) {
    this.kind = kind;
    this.file = file;
    this.poster = poster;
    this.subtitles = subtitles;
    this.url = url;
  }

  public static LessonVideo none() {
    return new LessonVideo(VideoKind.NONE, null, null, null, null);
  }

  /** An uploaded video by its stored names; poster and subtitles may be empty. */
  public static LessonVideo uploaded(
      String file, Optional<String> poster, Optional<String> subtitles) {
    Objects.requireNonNull(file, "file");
    return new LessonVideo(
        VideoKind.UPLOADED, file, poster.orElse(null), subtitles.orElse(null), null);
  }

  /**
   * This uploaded video with a new poster image.
   *
   * @throws IllegalStateException unless the video is an uploaded file
   */
  public LessonVideo withPoster(String newPoster) {
    requireUploaded();
    return new LessonVideo(kind, file, Objects.requireNonNull(newPoster), subtitles, null);
  }

  /** This uploaded video with a new subtitle track. */
  public LessonVideo withSubtitles(String newSubtitles) {
    requireUploaded();
    return new LessonVideo(kind, file, poster, Objects.requireNonNull(newSubtitles), null);
  }

  private void requireUploaded() {
    if (getKind() != VideoKind.UPLOADED) {
      throw new IllegalStateException("only an uploaded video has a poster and subtitles");
    }
  }

  /**
   * A link to a video elsewhere.
   *
   * @throws IllegalArgumentException unless it is an absolute https URL with a host
   */
  public static LessonVideo external(String link) {
    return new LessonVideo(VideoKind.EXTERNAL, null, null, null, checkLink(link));
  }

  /** Whether W/LINK accepts the text as an external video link. */
  public static boolean isAcceptedLink(String link) {
    try {
      checkLink(link);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static String checkLink(String link) {
    String stripped = Objects.requireNonNull(link, "link").strip();
    if (stripped.length() > MAX_URL) {
      throw new IllegalArgumentException("link too long");
    }
    URI uri = URI.create(stripped);
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") || uri.getHost() == null || uri.getRawUserInfo() != null) {
      throw new IllegalArgumentException("only https links are accepted: " + stripped);
    }
    return uri.toString();
  }

  public VideoKind getKind() {
    return kind == null ? VideoKind.NONE : kind;
  }

  public Optional<String> getFile() {
    return Optional.ofNullable(file);
  }

  public Optional<String> getPoster() {
    return Optional.ofNullable(poster);
  }

  public Optional<String> getSubtitles() {
    return Optional.ofNullable(subtitles);
  }

  public Optional<String> getUrl() {
    return Optional.ofNullable(url);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof LessonVideo that
        && getKind() == that.getKind()
        && Objects.equals(file, that.file)
        && Objects.equals(poster, that.poster)
        && Objects.equals(subtitles, that.subtitles)
        && Objects.equals(url, that.url);
  }

  @Override
  public int hashCode() {
    return Objects.hash(getKind(), file, poster, subtitles, url);
  }
}
