/**
 * The learner model: for each learner and skill an ability with its uncertainty, for each item a
 * calibrated difficulty, and the probability that a learner answers an item correctly now.
 *
 * <h2>The model</h2>
 *
 * <p>A <em>core</em> in the Rasch (1960) form puts learners and items on one logit scale: the
 * chance of a correct answer is {@code σ(θg + θs − d)}, where {@code θg} is the learner's global
 * ability, {@code θs} the learner's ability at the skill on top of it, and {@code d} the item's
 * difficulty (its skill's plus the item's own offset). Each quantity is a normal belief with a
 * variance, updated after every answer by one Newton step on the log posterior; for a single
 * unknown this is Glicko's rating update (Glickman 1999), and it is the Elo update (Elo 1978) with
 * a step that shrinks as the model grows sure, as Pelánek (2016) recommends for educational Elo.
 * Practice widens the learner's variances a little after each answer, because people learn
 * (Glicko's growth of uncertainty over time, counted in answers); a placement test does not. Item
 * difficulties are calibrated by the same update from every learner's first attempt at each item
 * and from placement answers (as Pelánek et al. calibrate items from first answers in adaptive
 * practice, 2017), so that what learners learn by repeating an item does not make it look easy.
 *
 * <p>The <em>prediction</em> is a logistic regression whose inputs are the core's logit (shrunk by
 * its uncertainty, MacKay 1992) and features of the learner's history: log counts of earlier
 * correct and wrong answers at the skill and overall, as in Performance Factors Analysis (Pavlik,
 * Cen and Koedinger 2009) and in Gervet et al.'s Best-LR (2020); the last answers at the skill and
 * overall; the current runs of correct and wrong answers; and whether the skill is new. Counts, the
 * latest answer and runs get a weight per skill. The weights are fitted by Newton's method on
 * training answers replayed exactly as predictions are made later ({@link
 * jp.wlink.course.model.ModelTraining}).
 *
 * <h2>Why this model</h2>
 *
 * <ul>
 *   <li>It is accurate. Gervet et al. (2020) found logistic models over such features as good as or
 *       better than deep knowledge tracing on ASSISTments-sized data; on the ASSISTments 2009 split
 *       of Zhang et al. (2017) this model reaches AUC 0.79 online, above published IRT (0.69), PFA
 *       (0.72) and DKT (0.75) and level with Best-LR (0.77), against 0.80–0.82 for deep models on
 *       that split (figures in the README, benchmark in the test sources).
 *   <li>It is fast and small: a prediction is a hash probe, fifteen features and a dot product, an
 *       update a few multiplications per skill the learner has met (about 1 µs and 0.2 µs), and a
 *       learner's state is a few primitive arrays that serialise to 40 bytes a skill and 8 an
 *       answered item ({@link jp.wlink.course.model.LearnerStates}).
 *   <li>Its core has the quantities a course needs: an ability with a standard error per skill for
 *       placement by Fisher information and for deciding mastery with confidence, and item
 *       difficulties on the same scale for choosing items a learner answers correctly 70–85% of the
 *       time.
 *   <li>It degrades gracefully: a new course with no answers runs on the core alone ({@link
 *       jp.wlink.course.model.LearnerModel#untrained}); new skills and items start from the
 *       learner's global ability and their skill's difficulty.
 * </ul>
 *
 * <p>Deep models (DKT, DKVMN) predict a few points better on this data but need a GPU-trained
 * network, give no calibrated ability per skill and cannot be updated in a microsecond, so they
 * were not chosen.
 */
package jp.wlink.course.model;
