/**
 * What a learner answered ({@link jp.wlink.question.scoring.Response}) and the mark it earns:
 * scoring per question type with partial credit and penalties, short answers compared after
 * Japanese normalisation, numerical answers with tolerance and units.
 */
package jp.wlink.question.scoring;
