package jp.wlink.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jp.wlink.web.account.Role;

/**
 * Form login through the Faces page {@code /login.xhtml}; a protected page reached while logged out
 * redirects there and back. Roles are declared here once for the whole application.
 */
@CustomFormAuthenticationMechanismDefinition(
    loginToContinue =
        @LoginToContinue(loginPage = "/login.xhtml", useForwardToLogin = false, errorPage = ""))
@DeclareRoles({
  Role.Names.STUDENT,
  Role.Names.STAFF,
  Role.Names.MENTOR,
  Role.Names.HOST,
  Role.Names.ORG_ADMIN,
  Role.Names.MODERATOR,
  Role.Names.ADMIN
})
@ApplicationScoped
public class SecurityConfiguration {}
