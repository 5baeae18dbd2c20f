/**
 * Reviewing membership claims: an organisation admin approves or rejects members who say they
 * belong to an organisation the admin administers. The scope is enforced here, not by the page.
 */
package jp.wlink.web.organisation.membership;
