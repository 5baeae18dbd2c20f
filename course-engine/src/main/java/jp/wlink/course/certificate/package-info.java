/**
 * Completion certificates: issued once per enrolment when the course's completion rule is met,
 * identified by a verification code that anyone may check, valid until an optional expiry date with
 * a reminder before it, and rendered as a PDF with a Japanese font embedded.
 *
 * <p>The font is IPA Gothic (ipag.ttf), shipped beside this package under the IPA Font License
 * v1.0, which allows redistribution of the unmodified font with its licence (both files are here).
 * A PDF embeds only the subset of glyphs it uses, so a certificate reads the same on any machine.
 */
package jp.wlink.course.certificate;
