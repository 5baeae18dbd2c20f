/**
 * Bringing a read file into the bank: a preview that writes nothing (duplicates marked, every
 * problem listed, counts per type and category), then a commit that writes everything or nothing,
 * with progress for the page's progress bar.
 */
package jp.wlink.question.bank.importing;
