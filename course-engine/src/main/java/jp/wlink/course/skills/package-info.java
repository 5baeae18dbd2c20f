/**
 * The skill catalogue: the names people read, in Japanese and English, for the skill ids that
 * courses, lessons and the question bank tag content with. Authors add skills and rename them; an
 * id is never changed or removed, since content anywhere may carry it.
 */
package jp.wlink.course.skills;
