package jp.wlink.question.format;

/**
 * Bounds that keep a hostile or mistaken file from exhausting the server: the file's size, the
 * number of questions, and for zip-based files (.xlsx) the unpacked size and compression ratio.
 */
public record ImportLimits(
    long maxFileBytes, int maxQuestions, long maxUnpackedBytes, double minInflateRatio) {
  public static final ImportLimits DEFAULT =
      new ImportLimits(32L * 1024 * 1024, 20_000, 256L * 1024 * 1024, 0.01);
}
