/**
 * Benchmarks run by hand, not by the build; they print the figures in README: {@link
 * jp.wlink.course.bench.ChoiceBenchmark} (choosing the next activity), {@link
 * jp.wlink.course.bench.KnowledgeTracingBenchmark} (accuracy on ASSISTments 2009) and {@link
 * jp.wlink.course.bench.UpdateTimeBenchmark} (time per answer). The corpus test here runs in every
 * build and holds the model to its accuracy target.
 */
package jp.wlink.course.bench;
