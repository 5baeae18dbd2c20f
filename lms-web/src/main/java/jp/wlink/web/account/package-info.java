/**
 * Accounts: registration, email verification, passwords and the roles an account holds. An
 * account's email and password never leave this package except as a login.
 */
package jp.wlink.web.account;
