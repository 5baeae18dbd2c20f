/**
 * A learner's stored learning record: the learner model's state, the numbering of skills it uses
 * and the spaced-review card of every question answered, kept up to date from each scored attempt
 * of the question bank, and read back as the snapshot that chooses the next activity. The item
 * calibration is shared by every instance through the database ({@code SharedCalibration}), the
 * model's weights are fitted on every stored answer and stored ({@link
 * jp.wlink.course.learning.ModelFitting}), and course maps are kept per course version.
 */
package jp.wlink.course.learning;
