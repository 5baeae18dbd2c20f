/**
 * The images question text shows: a content-addressed store on disk (or shared storage, for several
 * instances), checked by magic bytes and size, and the rewriting of Moodle's {@code @@PLUGINFILE@@}
 * references into links the web layer serves.
 */
package jp.wlink.question.bank.files;
