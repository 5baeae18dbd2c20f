/**
 * Moodle's embedded-answer (cloze) syntax, {@code {1:SHORTANSWER:=答え#正解~%50%こたえ}}, read and written
 * in one place for every format that carries it: the Moodle XML question text and the gap cells of
 * the CSV/Excel sheets. What differs between them is how answer text is cleaned, given as {@link
 * jp.wlink.question.format.cloze.ClozeTexts}.
 */
package jp.wlink.question.format.cloze;
