/**
 * Benchmarks run by hand, not by the build: they print figures for the README. See {@link
 * jp.wlink.course.bench.ChoiceBenchmark} for how to run the next-activity benchmark.
 */
package jp.wlink.course.bench;
