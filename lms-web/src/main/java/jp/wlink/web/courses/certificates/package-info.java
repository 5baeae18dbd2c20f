/**
 * Completion certificates on the web: the holder downloads the PDF, anyone checks a code on the
 * public verification page ({@code /certificates/verify?code=…}), and a scheduled job reminds
 * holders by mail before a certificate expires, once per certificate across a cluster.
 */
package jp.wlink.web.courses.certificates;
