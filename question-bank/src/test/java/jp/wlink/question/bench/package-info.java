/**
 * Benchmarks run by hand, not by the build: they print figures for the README. See {@link
 * jp.wlink.question.bench.ImportBenchmark} for how to run them. The generator, the formats and the
 * heap meter are public because lms-web's full import benchmark reuses them through this module's
 * test jar.
 */
package jp.wlink.question.bench;
