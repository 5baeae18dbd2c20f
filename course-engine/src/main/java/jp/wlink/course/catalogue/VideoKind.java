package jp.wlink.course.catalogue;

/** Where a lesson's video comes from, if it has one. */
public enum VideoKind {
  NONE,
  /** A file uploaded to W/LINK, shown with its poster image and WebVTT subtitles. */
  UPLOADED,
  /** An https link to a video elsewhere (YouTube, Vimeo, a utility's own site), shown as a link. */
  EXTERNAL
}
