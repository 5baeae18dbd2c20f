/**
 * Benchmarks of the whole question import against the test database, run by hand rather than by the
 * build: see {@link jp.wlink.web.questions.bench.FullImportBenchmark} for how.
 */
package jp.wlink.web.questions.bench;
