package jp.wlink.question.bank.importing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import jp.wlink.question.bank.CategoryTree;
import jp.wlink.question.bank.MetadataLimits;
import jp.wlink.question.bank.files.QuestionFiles;
import jp.wlink.question.format.EmbeddedFile;
import jp.wlink.question.format.ImportProblem;
import jp.wlink.question.format.ImportedQuestion;

/**
 * What the bank itself refuses in a file that its reader accepted: an idnumber used twice in one
 * category (in the file, or already in the bank), a value longer than its column, and an embedded
 * file that is not an accepted image or is too large.
 */
final class PreviewChecks {
  private final CategoryTree categories;
  private final Set<BankLookups.IdNumber> idNumbersInBank;
  private final QuestionFiles files;
  private final Set<String> idNumbersInFile = new HashSet<>();
  private final List<ImportProblem> problems = new ArrayList<>();

  PreviewChecks(
      CategoryTree categories, Set<BankLookups.IdNumber> idNumbersInBank, QuestionFiles files) {
    this.categories = categories;
    this.idNumbersInBank = idNumbersInBank;
    this.files = files;
  }

  void check(ImportedQuestion question) {
    question.metadata().idNumber().ifPresent(idNumber -> checkIdNumber(question, idNumber));
    for (MetadataLimits.Excess excess : MetadataLimits.excesses(question.metadata())) {
      add(question, "tooLong." + excess.field(), String.valueOf(excess.limit()));
    }
    for (EmbeddedFile file : question.files()) {
      files.check(file).ifPresent(refusal -> add(question, refusal.key(), file.name()));
    }
  }

  List<ImportProblem> problems() {
    return List.copyOf(problems);
  }

  private void checkIdNumber(ImportedQuestion question, String idNumber) {
    List<String> path = question.metadata().categoryPath();
    String key = String.join("\u0000", path) + "\u0000" + idNumber.strip().toLowerCase(Locale.ROOT);
    if (!idNumbersInFile.add(key)) {
      add(question, "duplicateIdNumber", idNumber);
      return;
    }
    Optional<Long> category = categories.find(path).map(c -> c.getId());
    if (category.isPresent()
        && idNumbersInBank.contains(BankLookups.IdNumber.of(category.get(), idNumber))) {
      add(question, "idNumberTaken", idNumber);
    }
  }

  private void add(ImportedQuestion question, String key, String... arguments) {
    problems.add(
        ImportProblem.inQuestion(question.line(), question.content().name(), key, arguments));
  }
}
