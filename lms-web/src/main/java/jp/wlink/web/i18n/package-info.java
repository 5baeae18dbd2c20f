/**
 * Languages: Japanese first, English second. The chosen language lives in the session and, for a
 * logged-in person, on the account; every visible word comes from the messages bundles.
 */
package jp.wlink.web.i18n;
