package jp.wlink.question.format;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How to read a file: its character set when the format does not say (CSV, GIFT, Aiken; empty means
 * detect UTF-8, with or without BOM, else Windows-31J), the category for questions the file puts in
 * none, and the size limits.
 */
public record ImportOptions(
    Optional<Charset> charset, List<String> defaultCategory, ImportLimits limits) {
  public ImportOptions {
    Objects.requireNonNull(charset);
    defaultCategory = List.copyOf(defaultCategory);
    Objects.requireNonNull(limits);
  }

  public static ImportOptions defaults() {
    return new ImportOptions(Optional.empty(), List.of(), ImportLimits.DEFAULT);
  }
}
