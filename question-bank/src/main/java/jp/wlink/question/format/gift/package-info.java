/**
 * GIFT, Moodle's text format, read and written as Moodle does. The reader splits questions at blank
 * lines, takes {@code // [id:..] [tag:..]} comments as id number and tags and {@code $CATEGORY:}
 * lines as categories, and decides each question's type from its answer block; texts without a
 * format marker are Moodle auto-format. True-false feedback follows Moodle: the first text is shown
 * for a wrong answer, the second for a right one. The writer leaves out ordering and cloze
 * questions and lists as losses what GIFT cannot say: explanation, mark, penalty, units, files,
 * essay options, fixed option order, case sensitivity, and metadata beyond tags and id.
 */
package jp.wlink.question.format.gift;
