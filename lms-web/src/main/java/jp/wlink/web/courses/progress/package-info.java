/**
 * Progress pages: the training officer's staff × courses table (filters, at-risk flags, one
 * learner's detail, Excel export) for the organisations they administer, and a learner's own
 * progress. The table is one SQL query over the enrolments' running totals, paginated, so that it
 * stays fast for an organisation of 10,000 learners (see OfficerTableBenchmark).
 */
package jp.wlink.web.courses.progress;
