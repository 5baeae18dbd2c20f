package jp.wlink.web.profile;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import jp.wlink.web.account.Account;
import jp.wlink.web.account.Accounts;
import jp.wlink.web.security.CurrentAccount;

/**
 * A member's profile as the visitor may see it, found by handle. Accounts that cannot log in (not
 * yet verified, or disabled) are not shown except to administrators, as if they did not exist.
 */
@Named
@RequestScoped
public class MemberViewPage {
  @Inject private Accounts accounts;
  @Inject private MemberProfiles profiles;
  @Inject private CurrentAccount currentAccount;

  private String handle;
  private Account member;
  private Viewer viewer;
  private DisclosedProfile disclosed;

  /** Called by the page's view action once the handle parameter is set. */
  public void load() {
    Optional<Account> found = handle == null ? Optional.empty() : accounts.findByHandle(handle);
    if (found.isEmpty() || !(found.get().canLogIn() || currentAccount.isAdmin())) {
      notFound();
      return;
    }

    member = found.get();
    viewer = Viewer.of(currentAccount.id(), currentAccount.isAdmin(), member.getId());
    disclosed =
        profiles
            .find(member.getId())
            .map(profile -> ProfileDisclosure.disclose(profile, viewer))
            .orElse(DisclosedProfile.nothing());
  }

  private static void notFound() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }

  public String getHandle() {
    return handle;
  }

  public void setHandle(String handle) {
    this.handle = handle;
  }

  public Account getMember() {
    return member;
  }

  public DisclosedProfile getProfile() {
    return disclosed;
  }

  public boolean isOwner() {
    return viewer == Viewer.OWNER;
  }

  public boolean isAnonymous() {
    return viewer == Viewer.ANONYMOUS;
  }
}
