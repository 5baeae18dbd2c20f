/**
 * What a question says: its type, rich-text stem and feedback, the type-specific body (choices,
 * accepted answers, pairs, gaps) and its metadata. Plain immutable values, shared by the formats,
 * scoring, the bank and the exams; a stored version is exactly one {@link
 * jp.wlink.question.content.QuestionContent}.
 */
package jp.wlink.question.content;
