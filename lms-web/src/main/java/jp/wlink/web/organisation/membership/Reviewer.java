package jp.wlink.web.organisation.membership;

/**
 * The account deciding membership claims. A system administrator reviews claims for every
 * organisation; an organisation admin only for the organisations they administer.
 */
public record Reviewer(long accountId, boolean admin) {}
