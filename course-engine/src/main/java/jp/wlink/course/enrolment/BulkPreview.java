package jp.wlink.course.enrolment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks every row of a staff list against the directory and the course before anything is written:
 * each row is either enrollable, with its learner and deadline, or carries the first problem found.
 * A row without a deadline takes the default deadline, which may be none.
 */
public final class BulkPreview {
  private final Function<String, StaffMatch> directory;
  private final Set<Long> alreadyEnrolled;
  private final LocalDate today;
  private final Optional<LocalDate> defaultDeadline;

  /**
   * @param directory the staff match for an address, as typed (it compares without case)
   * @param alreadyEnrolled learners with an active or completed enrolment on the course
   * @param today the day in Japan, so that a deadline before it is refused
   */
  public BulkPreview(
      Function<String, StaffMatch> directory,
      Set<Long> alreadyEnrolled,
      LocalDate today,
      Optional<LocalDate> defaultDeadline) {
    this.directory = Objects.requireNonNull(directory);
    this.alreadyEnrolled = Set.copyOf(alreadyEnrolled);
    this.today = Objects.requireNonNull(today);
    this.defaultDeadline = Objects.requireNonNull(defaultDeadline);
  }

  public List<PreviewRow> check(List<ListedRow> rows) {
    Set<String> seen = new HashSet<>();
    List<PreviewRow> checked = new ArrayList<>(rows.size());
    for (ListedRow row : rows) {
      checked.add(check(row, seen));
    }
    return checked;
  }

  private PreviewRow check(ListedRow row, Set<String> seen) {
    if (row.email().isEmpty()) {
      return PreviewRow.refused(row, RowProblem.NO_EMAIL);
    }
    if (!seen.add(row.email().toLowerCase(Locale.ROOT))) {
      return PreviewRow.refused(row, RowProblem.DUPLICATE_ROW);
    }
    Optional<LocalDate> deadline =
        row.deadline().isEmpty() ? defaultDeadline : DeadlineText.parse(row.deadline());
    if (!row.deadline().isEmpty() && deadline.isEmpty()) {
      return PreviewRow.refused(row, RowProblem.BAD_DEADLINE);
    }
    if (deadline.isPresent() && deadline.get().isBefore(today)) {
      return PreviewRow.refused(row, RowProblem.PAST_DEADLINE);
    }

    StaffMatch match = directory.apply(row.email());
    return switch (match.kind()) {
      case UNKNOWN -> PreviewRow.refused(row, RowProblem.UNKNOWN_EMAIL);
      case OTHER_ORGANISATION -> PreviewRow.refused(row, RowProblem.NOT_IN_ORGANISATION);
      case STAFF ->
          alreadyEnrolled.contains(match.learnerId().orElseThrow())
              ? PreviewRow.refused(row, RowProblem.ALREADY_ENROLLED)
              : new PreviewRow(row, match.learnerId(), deadline, Optional.empty());
    };
  }
}
