package jp.wlink.question.format.sheet;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.wlink.question.content.QuestionStatus;
import jp.wlink.question.content.QuestionType;

/**
 * The words a reader accepts, in Japanese and English alike and without regard to width, case or
 * spaces: headers, type and status names, option keywords and the words for true and false.
 */
final class SheetVocabulary {
  static final SheetVocabulary BOTH = new SheetVocabulary();
  private static final Pattern NUMBERED = Pattern.compile("(.*?)(\\d+)");

  private final Map<String, SheetColumn> columns = new HashMap<>();
  private final Map<String, QuestionType> types = new HashMap<>();
  private final Map<String, QuestionStatus> statuses = new HashMap<>();
  private final Map<String, SheetOption> options = new HashMap<>();
  private final Map<String, Boolean> truths = new HashMap<>();

  private SheetVocabulary() {
    for (SheetColumn column : SheetColumn.values()) {
      columns.put(normal(column.key()), column);
    }
    for (QuestionType type : QuestionType.values()) {
      types.put(normal(type.name()), type);
    }
    for (QuestionStatus status : QuestionStatus.values()) {
      statuses.put(normal(status.name()), status);
    }
    for (SheetLanguage language : SheetLanguage.values()) {
      learn(SheetTexts.of(language));
    }
  }

  private void learn(SheetTexts texts) {
    for (SheetColumn column : SheetColumn.values()) {
      columns.put(normal(texts.headerStem(column)), column);
    }
    for (QuestionType type : QuestionType.values()) {
      types.put(normal(texts.typeName(type)), type);
    }
    for (QuestionStatus status : QuestionStatus.values()) {
      statuses.put(normal(texts.statusName(status)), status);
    }
    for (SheetOption option : SheetOption.values()) {
      options.put(normal(texts.option(option)), option);
      options.put(normal(option.key()), option);
    }
    for (boolean value : new boolean[] {true, false}) {
      texts.truthAliases(value).forEach(alias -> truths.put(normal(alias), value));
    }
  }

  /** Width, case and spaces do not matter: "ＩＤ 番号" is "ID番号". */
  static String normal(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC)
        .toLowerCase(Locale.ROOT)
        .replaceAll("\\s+", "");
  }

  Optional<ColumnRef> column(String header) {
    String key = normal(header);
    SheetColumn single = columns.get(key);
    if (single != null && !single.repeated()) {
      return Optional.of(ColumnRef.of(single));
    }
    Matcher numbered = NUMBERED.matcher(key);
    if (!numbered.matches()) {
      return Optional.empty();
    }
    SheetColumn repeated = columns.get(numbered.group(1));
    if (repeated == null || !repeated.repeated() || numbered.group(2).length() > 4) {
      return Optional.empty();
    }
    int index = Integer.parseInt(numbered.group(2));
    return index < 1 ? Optional.empty() : Optional.of(new ColumnRef(repeated, index));
  }

  Optional<QuestionType> type(String word) {
    return Optional.ofNullable(types.get(normal(word)));
  }

  Optional<QuestionStatus> status(String word) {
    return Optional.ofNullable(statuses.get(normal(word)));
  }

  Optional<SheetOption> option(String word) {
    return Optional.ofNullable(options.get(normal(word)));
  }

  Optional<Boolean> truth(String word) {
    return Optional.ofNullable(truths.get(normal(word)));
  }
}
