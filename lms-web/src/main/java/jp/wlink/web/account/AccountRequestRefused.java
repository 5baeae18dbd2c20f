package jp.wlink.web.account;

import java.util.List;

/**
 * An account request that was turned down before anything was saved, with every reason found so
 * that the person can correct all of them at once.
 */
public class AccountRequestRefused extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient List<Refusal> refusals;

  public AccountRequestRefused(List<Refusal> refusals) {
    super("Refused: " + refusals.stream().map(Refusal::messageKey).toList());
    if (refusals.isEmpty()) {
      throw new IllegalArgumentException("A refusal needs at least one reason");
    }
    this.refusals = List.copyOf(refusals);
  }

  public AccountRequestRefused(Refusal refusal) {
    this(List.of(refusal));
  }

  public List<Refusal> refusals() {
    return refusals;
  }
}
