/** Test-data builders shared by the question bank's unit tests. */
package jp.wlink.question.testing;
