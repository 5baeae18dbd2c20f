/**
 * Moodle XML read with StAX (no DTDs, no external entities) and written with every field the bank
 * has. Core types map one to one; cloze is parsed into gaps with {@code {#n}} in the stem;
 * gapselect and ddwtos become cloze questions with a drop-down per {@code [[n]]}, and the multiple
 * true/false plugin (mtf) a cloze with one row of radio buttons per row. STACK and other types that
 * need a plugin's engine are refused by name. What Moodle has no field for survives a round trip
 * this way: level, certification, subject, skills, source, year, author, licence and status as
 * {@code wlink:key=value} tags, and the explanation (解説) as an {@code <explanation>} element beside
 * the general feedback, which Moodle ignores on import.
 */
package jp.wlink.question.format.moodle;
