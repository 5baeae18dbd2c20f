package jp.wlink.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import jp.wlink.web.account.Accounts;
import jp.wlink.web.account.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** All accounts, page by page, for system administrators. */
@Path("accounts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "accounts", description = "Account administration")
public class AccountsResource {
  @Inject private Accounts accounts;

  @GET
  @RolesAllowed(Role.Names.ADMIN)
  @Operation(summary = "List accounts by id, one page at a time")
  @APIResponse(responseCode = "200", description = "The page and the total count")
  @APIResponse(responseCode = "400", description = "page or size out of range")
  @APIResponse(responseCode = "401", description = "Not logged in")
  @APIResponse(responseCode = "403", description = "Not an administrator")
  public AccountPage list(@Valid @BeanParam PageRequest request) {
    List<AccountSummary> items =
        accounts.page(request.first(), request.size()).stream().map(AccountSummary::of).toList();
    return new AccountPage(items, request.page(), request.size(), accounts.count());
  }
}
