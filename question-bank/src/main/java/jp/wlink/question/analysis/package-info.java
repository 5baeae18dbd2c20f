/**
 * Item analysis: how each question behaved across the attempts that met it (facility,
 * discrimination, how often each option was picked), which questions look weak, and the Excel
 * workbook that carries it to the people who revise the bank.
 */
package jp.wlink.question.analysis;
