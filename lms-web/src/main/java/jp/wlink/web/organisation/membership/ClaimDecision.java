package jp.wlink.web.organisation.membership;

/** What became of an attempt to approve or reject a claim. */
public enum ClaimDecision {
  DECIDED,
  /** Someone else decided it first, or the member named another organisation meanwhile. */
  NO_LONGER_PENDING
}
