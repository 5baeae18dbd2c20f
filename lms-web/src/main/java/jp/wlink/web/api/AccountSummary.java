package jp.wlink.web.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import jp.wlink.web.account.Account;
import jp.wlink.web.account.AccountStatus;
import jp.wlink.web.account.Role;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One account in the administrators' list; no email, which the list does not need. */
@Schema(name = "AccountSummary")
@JsonbPropertyOrder({"id", "handle", "status", "roles"})
public record AccountSummary(long id, String handle, AccountStatus status, List<String> roles) {
  static AccountSummary of(Account account) {
    return new AccountSummary(
        account.getId(),
        account.getHandle(),
        account.getStatus(),
        account.getRoles().stream().sorted().map(Role::groupName).toList());
  }
}
