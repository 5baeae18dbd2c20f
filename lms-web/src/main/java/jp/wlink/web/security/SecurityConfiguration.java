package jp.wlink.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jp.wlink.web.account.Role;

/**
 * The roles, declared once for the whole application. Who holds them is decided on every request by
 * {@link AccountAuthentication}, from the database.
 */
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
