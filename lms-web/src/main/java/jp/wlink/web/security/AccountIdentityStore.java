package jp.wlink.web.security;

import static jakarta.security.enterprise.identitystore.CredentialValidationResult.INVALID_RESULT;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import jp.wlink.web.account.Account;
import jp.wlink.web.account.Accounts;
import jp.wlink.web.account.Role;

/**
 * The database identity store: a caller is an active account whose password matches its PBKDF2
 * hash. The caller name is the account id, which stays put when the email changes.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {
  @Inject private Accounts accounts;
  @Inject private PasswordHasher hasher;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential login)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    char[] password = login.getPassword().getValue();
    Optional<Account> found = accounts.findByEmail(login.getCaller());
    if (found.isEmpty()) {
      hasher.spendDecoyCheck(password);
      return INVALID_RESULT;
    }

    Account account = found.get();
    if (!hasher.matches(password, account.getPasswordHash()) || !account.canLogIn()) {
      return INVALID_RESULT;
    }
    return new CredentialValidationResult(String.valueOf(account.getId()), groupsOf(account));
  }

  /** The account's roles as Jakarta Security groups, e.g. {@code org-admin}. */
  static Set<String> groupsOf(Account account) {
    return account.getRoles().stream().map(Role::groupName).collect(Collectors.toSet());
  }
}
