package jp.wlink.web.demo;

import java.util.Map;
import jp.wlink.web.account.Role;
import jp.wlink.web.profile.MembershipStatus;
import jp.wlink.web.profile.ProfileDetails;
import jp.wlink.web.profile.ProfileField;
import jp.wlink.web.profile.Visibility;

/**
 * A demo account: its one role, login, fixed password, profile and organisation. The password is
 * fixed and published on purpose, so that anyone trying W/LINK can log in; demo accounts are never
 * created when {@code wlink.demo} is off, as in production.
 *
 * @param organisation the demo organisation claimed, or null
 * @param membership where that claim stands
 * @param administers whether the account administers that organisation
 */
public record DemoAccount(
    Role role,
    String handle,
    String email,
    String password,
    ProfileDetails profile,
    DemoOrganisation organisation,
    MembershipStatus membership,
    boolean administers,
    Map<ProfileField, Visibility> visibility) {}
