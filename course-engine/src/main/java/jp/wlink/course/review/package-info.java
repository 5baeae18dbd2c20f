/**
 * Spaced review with FSRS-6: a memory model of difficulty, stability and retrievability per card,
 * and a scheduler that turns a grade into the card's next due time.
 *
 * <p>The formulas and the 21 default weights are those published by the Open Spaced Repetition
 * project for FSRS-6 (w0..w3 initial stability per grade, w4..w7 difficulty, w8..w10 stability
 * after recall, w11..w14 after a lapse, w15/w16 hard penalty and easy bonus, w17/w18 same-day
 * reviews, w19 the same-day saturation added by FSRS-6, w20 the trainable decay of the forgetting
 * curve {@code R(t,S) = (1 + f t/S)^-w20} with {@code f = 0.9^(-1/w20) - 1}, so that R(S,S) = 0.9).
 * This is an independent implementation; the tests check it against reference values published with
 * the ts-fsrs and fsrs-rs test suites and against the formulas recomputed by hand.
 *
 * <p>A card is one question item for one learner. Answers become grades through {@link
 * jp.wlink.course.review.AnswerGrading}: a wrong answer is Again, a correct but slow or partly
 * correct answer is Hard, a correct answer in reasonable time is Good; Easy is only ever chosen by
 * the learner. Elapsed time counts in whole days since the last review, as FSRS-6 does; reviews on
 * the same day use the short-term stability formula.
 */
package jp.wlink.course.review;
