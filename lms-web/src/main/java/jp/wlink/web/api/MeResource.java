package jp.wlink.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import jp.wlink.web.account.Account;
import jp.wlink.web.account.AccountSettings;
import jp.wlink.web.account.Role;
import jp.wlink.web.api.problem.ProblemException;
import jp.wlink.web.api.problem.ProblemType;
import jp.wlink.web.i18n.LocaleSelection;
import jp.wlink.web.security.CurrentAccount;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's own account. Reading it returns its version as the ETag; changing it requires that
 * ETag in {@code If-Match}, so that two tabs cannot silently overwrite each other.
 */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "me", description = "The logged-in account")
@RolesAllowed({
  Role.Names.STUDENT,
  Role.Names.STAFF,
  Role.Names.MENTOR,
  Role.Names.HOST,
  Role.Names.ORG_ADMIN,
  Role.Names.MODERATOR,
  Role.Names.ADMIN
})
public class MeResource {
  static final String MERGE_PATCH_JSON = "application/merge-patch+json";

  @Context private HttpServletResponse response;
  @Inject private CurrentAccount currentAccount;
  @Inject private AccountSettings settings;
  @Inject private LocaleSelection localeSelection;

  @GET
  @Operation(summary = "The logged-in account: id, handle, roles and language")
  @APIResponse(
      responseCode = "200",
      description = "The account",
      headers = @Header(name = HttpHeaders.ETAG, description = "Version, for If-Match"))
  @APIResponse(responseCode = "401", description = "Not logged in")
  public Response show() {
    return current(currentAccount.required());
  }

  @PATCH
  @Consumes({MediaType.APPLICATION_JSON, MERGE_PATCH_JSON})
  @Operation(summary = "Change the account's language")
  @APIResponse(responseCode = "200", description = "Changed; the body and ETag are the new ones")
  @APIResponse(responseCode = "400", description = "Not a supported language")
  @APIResponse(responseCode = "412", description = "The account changed since the ETag was read")
  @APIResponse(responseCode = "428", description = "If-Match is missing")
  public Response change(
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid LocaleChange change) {
    if (change == null) {
      throw new ProblemException(ProblemType.BAD_REQUEST);
    }
    IfMatch precondition =
        IfMatch.parse(ifMatch)
            .orElseThrow(() -> new ProblemException(ProblemType.PRECONDITION_REQUIRED));
    Account account = currentAccount.required();
    if (!precondition.accepts(account.getVersion())) {
      throw new ProblemException(ProblemType.PRECONDITION_FAILED);
    }

    Locale locale = Locale.forLanguageTag(change.getLocale());
    Account changed = settings.changeLocale(account.getId(), locale, account.getVersion());
    localeSelection.adopt(locale, response);
    return current(changed);
  }

  private static Response current(Account account) {
    CacheControl revalidate = new CacheControl();
    revalidate.setPrivate(true);
    revalidate.setNoCache(true);
    return Response.ok(MeView.of(account))
        .header(HttpHeaders.ETAG, IfMatch.etagOf(account.getVersion()))
        .cacheControl(revalidate)
        .build();
  }
}
