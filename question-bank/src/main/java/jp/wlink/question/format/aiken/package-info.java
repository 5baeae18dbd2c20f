/**
 * Moodle's Aiken format: single-choice questions in plain text. A question is its stem (one or more
 * lines), options {@code A.} or {@code A)} in letter order, one per line, and {@code ANSWER: X};
 * blank lines between questions are optional. Full-width letters and punctuation are accepted as
 * Japanese input methods type them. Everything else a question can carry is listed as a loss when
 * writing.
 */
package jp.wlink.question.format.aiken;
