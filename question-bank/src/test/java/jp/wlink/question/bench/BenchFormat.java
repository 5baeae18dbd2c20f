package jp.wlink.question.bench;

import jp.wlink.question.format.QuestionReader;
import jp.wlink.question.format.QuestionWriter;

/**
 * One file format under measurement: how to write the generated questions and how to read them
 * back. Another format is one more instance in {@link ImportBenchmark#FORMATS}.
 */
record BenchFormat(String name, String extension, QuestionWriter writer, QuestionReader reader) {}
