/**
 * How W/LINK meets its runtime: the data source chosen by configuration, schema migration at
 * start-up, and the clock. Features never reach past this package for infrastructure.
 */
package jp.wlink.web.platform;
