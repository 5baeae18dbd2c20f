/**
 * Test-data builders and sample questions shared by the question bank's tests and, through its
 * test-jar, by the web module's tests.
 */
package jp.wlink.question.testing;
