/**
 * Discussion threads shared by study groups, the lounge and other community features. Posts are
 * checked for phone numbers and email addresses before they are published, so that a writer who
 * meant to stay anonymous is asked first instead of being identified by accident.
 */
package jp.wlink.web.discussion;
