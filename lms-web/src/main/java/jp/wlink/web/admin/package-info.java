/**
 * System administration: accounts and their roles, switching accounts on and off, organisation
 * admins, and the list of organisations. Every change here is made by an administrator and logged.
 */
package jp.wlink.web.admin;
