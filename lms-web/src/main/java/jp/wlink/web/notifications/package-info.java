/**
 * Notifications shared by the whole platform: what a member is told (in the app, and by mail at
 * once or in a daily digest, as they choose per kind), stored once per dedup key so that a retried
 * job never tells anyone twice.
 */
package jp.wlink.web.notifications;
