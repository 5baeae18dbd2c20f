/**
 * Text rules every part of the bank shares: rich text sanitised with jsoup's allow-list, and
 * Japanese normalisation for comparing answers and searching.
 */
package jp.wlink.question.text;
