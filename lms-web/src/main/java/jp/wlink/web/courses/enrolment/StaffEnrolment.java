package jp.wlink.web.courses.enrolment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.wlink.course.enrolment.BulkPreview;
import jp.wlink.course.enrolment.Enrolments;
import jp.wlink.course.enrolment.ListedRow;
import jp.wlink.course.enrolment.StaffMatch;
import jp.wlink.course.progress.Pace;

/**
 * Checks a training officer's list of staff against their organisation and the course, and enrols
 * what was checked: the rules of {@link BulkPreview} with the directory's answers.
 */
@ApplicationScoped
public class StaffEnrolment {
  @Inject private StaffDirectory directory;
  @Inject private Enrolments enrolments;
  @Inject private Clock clock;

  public List<PreviewLine> check(
      long organisationId, long courseId, List<ListedRow> rows, Optional<LocalDate> deadline) {
    Map<String, StaffMatch> matches =
        directory.match(organisationId, rows.stream().map(ListedRow::email).toList());
    LocalDate today = clock.instant().atZone(Pace.JAPAN).toLocalDate();
    BulkPreview preview =
        new BulkPreview(
            email -> StaffDirectory.of(matches, email),
            enrolments.learnersOn(courseId),
            today,
            deadline);
    return preview.check(rows).stream().map(PreviewLine::of).toList();
  }

  /** Enrols the enrollable lines together; returns how many were enrolled. */
  public int enrol(long organisationId, long courseId, long officerId, List<PreviewLine> lines) {
    return enrolments.enrolAll(
        courseId, officerId, organisationId, lines.stream().map(PreviewLine::toRow).toList());
  }
}
