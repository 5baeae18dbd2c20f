/** The public home page, the dashboard after login, and navigation by the three zones. */
package jp.wlink.web.home;
