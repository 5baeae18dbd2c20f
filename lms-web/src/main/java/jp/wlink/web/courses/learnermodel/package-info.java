/**
 * The learner model's upkeep: an administrator fits it on every stored answer from the
 * administration pages, and a nightly job, run by one instance of a cluster, does the same.
 */
package jp.wlink.web.courses.learnermodel;
