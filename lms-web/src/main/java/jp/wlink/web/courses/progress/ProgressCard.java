package jp.wlink.web.courses.progress;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import jp.wlink.course.enrolment.EnrolmentStatus;
import jp.wlink.course.progress.Risk;

/**
 * One enrolment as a progress page shows it, detached from the persistence context: the course, the
 * counts, the time, the pace and its risks, the lessons completed, and the certificate.
 *
 * @param deadline null without a deadline
 * @param expectedPercent the share of lessons the pace asks for by now, or -1 without a deadline
 * @param lastActivity null when nothing was studied yet
 * @param certificateCode null until the course is completed
 * @param certificateExpires null when the certificate never expires (or there is none)
 */
public record ProgressCard(
    long enrolmentId,
    long courseId,
    String courseTitle,
    EnrolmentStatus status,
    int lessonsDone,
    int lessonsTotal,
    int checkpointsPassed,
    int checkpointsTotal,
    long studySeconds,
    Instant enrolledAt,
    Instant lastActivity,
    LocalDate deadline,
    int expectedPercent,
    Set<Risk> risks,
    List<CompletedLesson> completed,
    String certificateCode,
    LocalDate certificateExpires)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  public ProgressCard {
    risks = Set.copyOf(risks);
    completed = List.copyOf(completed);
  }

  /** A lesson completed, with when. */
  public record CompletedLesson(String title, Instant at) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  public int percent() {
    return lessonsTotal == 0 ? 0 : Math.min(100, lessonsDone * 100 / lessonsTotal);
  }

  public boolean active() {
    return status == EnrolmentStatus.ACTIVE;
  }

  public boolean hasCertificate() {
    return certificateCode != null;
  }

  public boolean hasDeadline() {
    return deadline != null;
  }

  public List<Risk> riskList() {
    return risks.stream().sorted().toList();
  }
}
