package jp.wlink.web.questions;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import jp.wlink.question.bank.MetadataLimits;
import jp.wlink.question.content.QuestionMetadata;

/** Reads the editor's metadata fields and checks them against the bank's column widths. */
final class MetadataReading {
  /** The separator the sheets also accept between category names. */
  private static final Pattern PATH = Pattern.compile("\\s+/\\s+|\\s*>\\s*");

  private static final Pattern LIST = Pattern.compile("[,、;，；]");
  private static final int FIRST_YEAR = 1900;
  private static final int LAST_YEAR = 2100;

  private final MetadataForm form;
  private final List<FormProblem> problems;

  MetadataReading(MetadataForm form, List<FormProblem> problems) {
    this.form = form;
    this.problems = problems;
  }

  Optional<QuestionMetadata> read() {
    int before = problems.size();
    List<String> path = categoryPath(form.getCategoryPath());
    if (path.isEmpty()) {
      problem("categoryPath", "categoryRequired");
    }
    Optional<Integer> year = Optional.empty();
    if (!form.getYear().isBlank()) {
      year = FormNumbers.integer(form.getYear()).filter(y -> y >= FIRST_YEAR && y <= LAST_YEAR);
      if (year.isEmpty()) {
        problem("year", "yearInvalid", FIRST_YEAR, LAST_YEAR);
      }
    }
    if (form.getLevel() < 1 || form.getLevel() > 5) {
      problem("level", "levelInvalid");
    }
    if (problems.size() > before) {
      return Optional.empty();
    }

    QuestionMetadata metadata = build(path, year);
    for (MetadataLimits.Excess excess : MetadataLimits.excesses(metadata)) {
      problem(excess.field(), "tooLong", excess.limit());
    }
    return problems.size() > before ? Optional.empty() : Optional.of(metadata);
  }

  private QuestionMetadata build(List<String> path, Optional<Integer> year) {
    return new QuestionMetadata(
        path,
        list(form.getTags()),
        given(form.getCertification()),
        given(form.getCertification()).flatMap(c -> given(form.getSubject())),
        list(form.getSkills()),
        form.getLevel(),
        given(form.getSource()),
        year,
        given(form.getAuthor()),
        given(form.getLicence()),
        form.getStatus(),
        given(form.getIdNumber()));
  }

  static List<String> categoryPath(String typed) {
    return Arrays.stream(PATH.split(typed.strip()))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  static List<String> list(String typed) {
    return Arrays.stream(LIST.split(typed))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .distinct()
        .toList();
  }

  private static Optional<String> given(String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }

  private void problem(String field, String key, Object... arguments) {
    problems.add(FormProblem.of(field, QuestionEditorPage.ERROR_PREFIX + key, arguments));
  }
}
