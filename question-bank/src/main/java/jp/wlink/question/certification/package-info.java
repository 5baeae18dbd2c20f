/**
 * Certifications as data: blueprints (subjects, questions per subject, time limit, sources) and the
 * pass rules that decide from per-subject scores whether an attempt passed, and why not.
 */
package jp.wlink.question.certification;
