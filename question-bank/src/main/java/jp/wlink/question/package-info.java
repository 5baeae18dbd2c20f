/**
 * The question bank: questions and their immutable versions, certification blueprints, mock exams,
 * attempts and scoring. Nothing here knows about pages or who may see what.
 */
package jp.wlink.question;
