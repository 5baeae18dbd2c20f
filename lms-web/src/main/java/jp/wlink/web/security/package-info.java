/**
 * Who is logged in and what they may reach: the database identity store, form login, lockout after
 * failed attempts, and the headers and cookie settings every response carries.
 */
package jp.wlink.web.security;
