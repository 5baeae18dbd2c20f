/**
 * Demo data for trying W/LINK out: a few fictional organisations and one ready-to-use account per
 * role. Seeded only when {@code wlink.demo} is on and there are no accounts yet; production turns
 * it off.
 */
package jp.wlink.web.demo;
