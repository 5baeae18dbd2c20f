/**
 * The choice of a learner's next activity, with the reason shown to them: a review that FSRS says
 * is due, a promotion, a unit's checkpoint, a new lesson whose prerequisites are mastered, or a
 * practice item the learner is predicted to answer correctly 70–85% of the time.
 *
 * <p>The policy is plain Java over two small inputs defined here, so that it depends neither on the
 * database nor on a particular learner model: a {@link jp.wlink.course.adaptive.CourseMap} (skills,
 * prerequisites, lessons, checkpoints and items, built once per published course and shared by all
 * learners) and a {@link jp.wlink.course.adaptive.LearnerSnapshot} (one learner's mastery per
 * skill, P(correct) per item, completed lessons, earliest review cards, last item and study goal).
 * The course map keeps each skill's items sorted by difficulty, so finding the item nearest the
 * target success rate is a binary search over P(correct), not a scan.
 *
 * <p>Order of the rules: due reviews (on the target certification's skills first when the exam is
 * near or the required pace is high), promotion, checkpoint, exam preparation, then a new lesson
 * while fewer than a set number of skills are in progress, else practice on the weakest skill in
 * progress. The same item is never chosen twice in a row.
 */
package jp.wlink.course.adaptive;
