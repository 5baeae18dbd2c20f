package jp.wlink.course.enrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BulkPreviewTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

  private final Map<String, StaffMatch> directory =
      Map.of(
          "sato@minato.example", StaffMatch.staff(11),
          "suzuki@minato.example", StaffMatch.staff(12),
          "takahashi@minato.example", StaffMatch.staff(13),
          "ito@minato.example", StaffMatch.staff(14),
          "tanaka@kawa.example", StaffMatch.OUTSIDER);

  private final BulkPreview preview =
      new BulkPreview(
          email -> directory.getOrDefault(email.toLowerCase(), StaffMatch.UNKNOWN),
          Set.of(13L),
          TODAY,
          Optional.of(LocalDate.of(2027, 3, 31)));

  @Test
  void acceptsStaffWithTheirOwnOrTheDefaultDeadline() {
    List<PreviewRow> rows =
        preview.check(
            List.of(
                new ListedRow(2, "sato@minato.example", "2027/1/15"),
                new ListedRow(3, "Suzuki@Minato.example", "")));

    assertThat(rows).allMatch(PreviewRow::enrollable);
    assertThat(rows.get(0).learnerId()).contains(11L);
    assertThat(rows.get(0).deadline()).contains(LocalDate.of(2027, 1, 15));
    assertThat(rows.get(1).deadline()).contains(LocalDate.of(2027, 3, 31));
  }

  @Test
  void namesEveryProblemOnItsOwnRow() {
    List<PreviewRow> rows =
        preview.check(
            List.of(
                new ListedRow(2, "nobody@minato.example", ""),
                new ListedRow(3, "tanaka@kawa.example", ""),
                new ListedRow(4, "takahashi@minato.example", ""),
                new ListedRow(5, "ito@minato.example", "来月まで"),
                new ListedRow(6, "suzuki@minato.example", "2026-12-03"),
                new ListedRow(7, "", "2027-01-01"),
                new ListedRow(8, "sato@minato.example", ""),
                new ListedRow(9, "SATO@minato.example", "")));

    assertThat(rows)
        .extracting(row -> row.listed().row(), row -> row.problem().orElse(null))
        .containsExactly(
            tuple(2, RowProblem.UNKNOWN_EMAIL),
            tuple(3, RowProblem.NOT_IN_ORGANISATION),
            tuple(4, RowProblem.ALREADY_ENROLLED),
            tuple(5, RowProblem.BAD_DEADLINE),
            tuple(6, RowProblem.PAST_DEADLINE),
            tuple(7, RowProblem.NO_EMAIL),
            tuple(8, null),
            tuple(9, RowProblem.DUPLICATE_ROW));
  }

  @Test
  void aDeadlineOfTodayIsStillInTime() {
    List<PreviewRow> rows =
        preview.check(List.of(new ListedRow(2, "sato@minato.example", "2026年12月4日")));

    assertThat(rows.get(0).enrollable()).isTrue();
  }

  @Test
  void readsTheDeadlinesPeopleAndExcelWrite() {
    assertThat(DeadlineText.parse("2027-03-31")).contains(LocalDate.of(2027, 3, 31));
    assertThat(DeadlineText.parse("２０２７／３／３１")).contains(LocalDate.of(2027, 3, 31));
    assertThat(DeadlineText.parse("2027年 3月 31日")).contains(LocalDate.of(2027, 3, 31));
    assertThat(DeadlineText.parse("3/31/27")).contains(LocalDate.of(2027, 3, 31));
    assertThat(DeadlineText.parse("2027/02/30")).isEmpty();
    assertThat(DeadlineText.parse("31.03.2027")).isEmpty();
  }
}
