/**
 * Payments: Stripe Connect accounts of hosts, checkout, webhooks, refunds and the sales ledger. It
 * sees a product id, a price in yen and a seller, never what is sold.
 */
package jp.wlink.payment;
