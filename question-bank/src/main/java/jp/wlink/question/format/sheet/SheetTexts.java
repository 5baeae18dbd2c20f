package jp.wlink.question.format.sheet;

import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import jp.wlink.question.content.QuestionStatus;
import jp.wlink.question.content.QuestionType;

/**
 * The words of the spreadsheet in one language, from the {@code template_ja} and {@code
 * template_en} bundles beside this class, so that no header or type name is written in code.
 */
final class SheetTexts {
  private static final String BUNDLE = "jp.wlink.question.format.sheet.template";
  private static final Map<SheetLanguage, SheetTexts> CACHE = new EnumMap<>(SheetLanguage.class);

  private final ResourceBundle bundle;

  private SheetTexts(ResourceBundle bundle) {
    this.bundle = bundle;
  }

  static synchronized SheetTexts of(SheetLanguage language) {
    return CACHE.computeIfAbsent(
        language,
        l ->
            new SheetTexts(
                ResourceBundle.getBundle(
                    BUNDLE,
                    l.locale(),
                    SheetTexts.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(
                        ResourceBundle.Control.FORMAT_PROPERTIES))));
  }

  String text(String key) {
    return bundle.getString(key);
  }

  boolean has(String key) {
    return bundle.containsKey(key);
  }

  String header(ColumnRef ref) {
    String pattern = text(ref.column().bundleKey());
    return ref.column().repeated()
        ? MessageFormat.format(pattern.replace("'", "''"), String.valueOf(ref.index()))
        : pattern;
  }

  /** A repeated column's header without its number: "選択肢", "Choice ". */
  String headerStem(SheetColumn column) {
    return text(column.bundleKey()).replace("{0}", "");
  }

  String typeName(QuestionType type) {
    return text("type." + type.name());
  }

  String statusName(QuestionStatus status) {
    return text("status." + status.name());
  }

  String option(SheetOption option) {
    return text("option." + option.key());
  }

  String truth(boolean value) {
    return text(value ? "truth.true" : "truth.false");
  }

  List<String> truthAliases(boolean value) {
    return List.of(text(value ? "truth.true.aliases" : "truth.false.aliases").split("\\|"));
  }
}
