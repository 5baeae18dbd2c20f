/**
 * 技術オンライン (courses): the catalogue learners browse, the course and lesson pages (video with
 * subtitles, attachments, practice from the question bank), career tracks shown as a career plan to
 * students and a learning path to staff, and authoring for hosts and organisation admins (draft,
 * publish, drag to reorder, uploads, preview as a learner). The rules live in {@code
 * jp.wlink.course}; this package turns them into pages.
 */
package jp.wlink.web.courses;
