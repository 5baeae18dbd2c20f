/**
 * The training officer's table measured at the size the issue names: an organisation of 10,000
 * learners on a few courses with their lesson completions, against MariaDB.
 */
package jp.wlink.web.courses.progress.bench;
