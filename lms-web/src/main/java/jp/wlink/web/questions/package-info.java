/**
 * The question bank's pages and API: the list with search, the editor with its live preview, the
 * import wizard, export, and how a question is shown to a learner.
 */
package jp.wlink.web.questions;
