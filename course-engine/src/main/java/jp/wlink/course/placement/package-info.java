/**
 * Placement: a short computerised adaptive test at enrolment that estimates what a learner already
 * knows and places them at a level 1–5 per skill. Each item is the one with the most Fisher
 * information at the current estimate of the least certain skill; the test stops when every skill
 * is known precisely enough, after a set number of items, or when the learner skips it. The logic
 * is pure: who stores a test in progress and its result is the caller's concern.
 */
package jp.wlink.course.placement;
