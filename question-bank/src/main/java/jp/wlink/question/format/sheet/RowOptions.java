package jp.wlink.question.format.sheet;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the options column (設定) of a row asks for: keywords separated by {@code ;} or {@code 、}, and
 * an essay's {@code 行数=N}. Keywords that do not apply to the row's type change nothing.
 */
record RowOptions(Set<SheetOption> flags, int lines) {
  static final RowOptions NONE = new RowOptions(Set.of(), BodyReader.DEFAULT_LINES);
  private static final Pattern VALUED = Pattern.compile("(.+?)\\s*[=:]\\s*(\\d{1,4})");

  RowOptions {
    flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
  }

  boolean has(SheetOption option) {
    return flags.contains(option);
  }

  static RowOptions read(String cell, String header) {
    Set<SheetOption> flags = EnumSet.noneOf(SheetOption.class);
    int lines = BodyReader.DEFAULT_LINES;
    for (String token : cell.split("[;；,、\\n]")) {
      if (token.isBlank()) {
        continue;
      }
      String normal = BodyReader.normalNumber(token);
      Matcher valued = VALUED.matcher(normal);
      if (valued.matches()
          && SheetVocabulary.BOTH.option(valued.group(1)).orElse(null) == SheetOption.LINES) {
        lines = Integer.parseInt(valued.group(2));
        continue;
      }
      SheetOption option = SheetVocabulary.BOTH.option(token).orElse(null);
      if (option == null || option == SheetOption.LINES) {
        throw new BadCell("sheet.unknownOption", header, token.strip());
      }
      flags.add(option);
    }
    return new RowOptions(flags, lines);
  }
}
