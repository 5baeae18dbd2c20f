/**
 * Question files in and out. Each format has a reader that validates a whole file into {@link
 * jp.wlink.question.format.ImportReport} (questions with their line or row, and every problem
 * found) without touching the bank, and a writer that lists what the format cannot express. The
 * formats live in the sub-packages; this package holds what they share.
 */
package jp.wlink.question.format;
