package jp.wlink.web.questions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jp.wlink.web.account.Account;
import jp.wlink.web.security.CurrentAccount;

/** The bank rights of whoever makes the current request. */
@ApplicationScoped
public class QuestionAuthors {
  @Inject private CurrentAccount currentAccount;

  /** The caller's rights; only for pages and endpoints that require a login. */
  public AuthorRights current() {
    Account account = currentAccount.required();
    return new AuthorRights(account.getId(), account.getRoles());
  }
}
