package jp.wlink.course.catalogue;

/** Whether learners can see a course. Only its authors see a draft. */
public enum CourseStatus {
  DRAFT,
  PUBLISHED;

  public String getMessageKey() {
    return "course.status." + name();
  }
}
