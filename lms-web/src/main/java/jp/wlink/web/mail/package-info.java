/**
 * Outgoing mail: plain-text messages sent through the configured SMTP server, absolute links back
 * into W/LINK, and the documented fallback of writing links to the server log when no SMTP server
 * is configured.
 */
package jp.wlink.web.mail;
