/**
 * Career tracks: for each job type in the water industry an ordered list of courses, shown to
 * students as a career plan (キャリアプラン) and to staff as a learning path (学習パス).
 */
package jp.wlink.course.track;
