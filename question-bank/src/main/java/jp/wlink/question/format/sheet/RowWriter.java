package jp.wlink.question.format.sheet;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.wlink.question.content.QuestionBody;
import jp.wlink.question.content.QuestionContent;
import jp.wlink.question.content.QuestionMetadata;
import jp.wlink.question.format.ExportedQuestion;

/** The cells of one question's row, in the words of one language; the reverse of RowReader. */
final class RowWriter {
  static final int MIN_CHOICES = 8;

  private final SheetTexts texts;

  RowWriter(SheetLanguage language) {
    this.texts = SheetTexts.of(language);
  }

  SheetTexts texts() {
    return texts;
  }

  Map<ColumnRef, String> cells(ExportedQuestion question) {
    Map<ColumnRef, String> cells = new HashMap<>();
    content(question.content(), cells);
    metadata(question.metadata(), cells);
    new BodyWriter(texts, cells).write(question.content().type(), question.content().body());
    cells.values().removeIf(String::isEmpty);
    return cells;
  }

  private void content(QuestionContent content, Map<ColumnRef, String> cells) {
    cells.put(ColumnRef.of(SheetColumn.TYPE), texts.typeName(content.type()));
    cells.put(ColumnRef.of(SheetColumn.NAME), content.name());
    cells.put(ColumnRef.of(SheetColumn.STEM), CellText.write(content.stem()));
    cells.put(
        ColumnRef.of(SheetColumn.GENERAL_FEEDBACK), CellText.write(content.generalFeedback()));
    cells.put(ColumnRef.of(SheetColumn.EXPLANATION), CellText.write(content.explanation()));
    cells.put(ColumnRef.of(SheetColumn.DEFAULT_MARK), content.defaultMark().toPlainString());
    cells.put(ColumnRef.of(SheetColumn.PENALTY), content.penalty().toPlainString());
  }

  private void metadata(QuestionMetadata metadata, Map<ColumnRef, String> cells) {
    cells.put(ColumnRef.of(SheetColumn.CATEGORY), String.join(" / ", metadata.categoryPath()));
    cells.put(ColumnRef.of(SheetColumn.TAGS), String.join(", ", metadata.tags()));
    optional(cells, SheetColumn.CERTIFICATION, metadata.certification());
    optional(cells, SheetColumn.SUBJECT, metadata.subject());
    cells.put(ColumnRef.of(SheetColumn.SKILLS), String.join(", ", metadata.skills()));
    cells.put(ColumnRef.of(SheetColumn.LEVEL), String.valueOf(metadata.level()));
    optional(cells, SheetColumn.SOURCE, metadata.source());
    optional(cells, SheetColumn.YEAR, metadata.year().map(String::valueOf));
    optional(cells, SheetColumn.AUTHOR, metadata.author());
    optional(cells, SheetColumn.LICENCE, metadata.licence());
    cells.put(ColumnRef.of(SheetColumn.STATUS), texts.statusName(metadata.status()));
    optional(cells, SheetColumn.ID_NUMBER, metadata.idNumber());
  }

  private static void optional(
      Map<ColumnRef, String> cells, SheetColumn column, Optional<String> value) {
    value.ifPresent(v -> cells.put(ColumnRef.of(column), v));
  }

  /** How many choice columns the sheet needs: enough for the longest question, at least 8. */
  static int choiceColumns(List<ExportedQuestion> questions) {
    int most = MIN_CHOICES;
    for (ExportedQuestion question : questions) {
      most = Math.max(most, entries(question.content().body()));
    }
    return most;
  }

  private static int entries(QuestionBody body) {
    if (body instanceof QuestionBody.Choices c) {
      return c.choices().size();
    } else if (body instanceof QuestionBody.ShortAnswer s) {
      return s.answers().size();
    } else if (body instanceof QuestionBody.Numerical n) {
      return n.answers().size();
    } else if (body instanceof QuestionBody.Matching m) {
      return m.pairs().size();
    } else if (body instanceof QuestionBody.Ordering o) {
      return o.items().size();
    } else if (body instanceof QuestionBody.Cloze c) {
      return c.gaps().size();
    }
    return 2;
  }
}
