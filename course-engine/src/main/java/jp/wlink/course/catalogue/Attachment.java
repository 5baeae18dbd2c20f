package jp.wlink.course.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * A PDF attached to a lesson: its stored name in the course file store, the title learners see
 * (usually the uploaded file's name) and its size for the download link.
 */
@Embeddable
public class Attachment {
  @Column(name = "stored_name", nullable = false)
  private String storedName;

  @Column(nullable = false)
  private String title;

  @Column(name = "size_bytes", nullable = false)
  private long sizeBytes;

  protected Attachment() {}

  public Attachment(String storedName, String title, long sizeBytes) {
    this.storedName = Objects.requireNonNull(storedName, "storedName");
    this.title = Texts.required(title, CourseDetails.MAX_TITLE, "title");
    if (sizeBytes < 0) {
      throw new IllegalArgumentException("negative size");
    }
    this.sizeBytes = sizeBytes;
  }

  public String getStoredName() {
    return storedName;
  }

  public String getTitle() {
    return title;
  }

  public long getSizeBytes() {
    return sizeBytes;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Attachment that
        && storedName.equals(that.storedName)
        && title.equals(that.title)
        && sizeBytes == that.sizeBytes;
  }

  @Override
  public int hashCode() {
    return Objects.hash(storedName, title, sizeBytes);
  }
}
