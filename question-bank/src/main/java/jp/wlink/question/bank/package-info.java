/**
 * The bank's storage: the category tree, questions (stable identity and metadata) and their
 * numbered versions, whose content is stored whole as JSON and never changes once a learner saw it.
 * {@link jp.wlink.question.bank.QuestionBank} edits and searches; {@link
 * jp.wlink.question.bank.PublishedQuestions} serves exams.
 *
 * <p>Full-text search is a LIKE per word over one folded column (width, kana and case folded the
 * same way for the text and the query). A bank of about 10,000 questions scans that column in
 * milliseconds, and LIKE runs the same on MySQL, MariaDB and H2, where each database's own
 * full-text index would need its own Japanese tokeniser (n-gram parser) and its own SQL.
 */
package jp.wlink.question.bank;
