package jp.wlink.web.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import jp.wlink.web.account.Account;
import jp.wlink.web.account.Role;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The caller's own account as the API shows it: never the email or the password hash. */
@Schema(name = "Me")
@JsonbPropertyOrder({"id", "handle", "roles", "locale"})
public record MeView(long id, String handle, List<String> roles, String locale) {
  static MeView of(Account account) {
    return new MeView(
        account.getId(),
        account.getHandle(),
        account.getRoles().stream().sorted().map(Role::groupName).toList(),
        account.getLocale().getLanguage());
  }
}
