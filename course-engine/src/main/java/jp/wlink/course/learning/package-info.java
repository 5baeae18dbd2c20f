/**
 * A learner's stored learning record: the learner model's state, the numbering of skills it uses
 * and the spaced-review card of every question answered, kept up to date from each scored attempt
 * of the question bank, and read back as the snapshot that chooses the next activity.
 */
package jp.wlink.course.learning;
