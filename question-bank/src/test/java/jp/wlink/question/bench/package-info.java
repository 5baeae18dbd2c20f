/**
 * Benchmarks run by hand, not by the build: they print figures for the README. See {@link
 * jp.wlink.question.bench.ImportBenchmark} for how to run them.
 */
package jp.wlink.question.bench;
