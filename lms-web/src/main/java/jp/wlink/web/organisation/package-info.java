/**
 * Organisations that members belong to (water and sewerage utilities, companies, universities) and
 * the accounts that administer each of them. Creating an organisation is an administrator's job.
 */
package jp.wlink.web.organisation;
