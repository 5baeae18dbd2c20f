/**
 * Who is logged in and what they may reach: the database identity store, the login (page and API)
 * with lockout after failed attempts, the authentication mechanism that reads each request's roles
 * from the database, and the headers and cookie settings every response carries.
 */
package jp.wlink.web.security;
