package jp.wlink.web.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jp.wlink.web.account.AccountStatus;
import jp.wlink.web.admin.AdminOutcome;
import jp.wlink.web.i18n.Bundles;
import jp.wlink.web.organisation.OrganisationKind;
import jp.wlink.web.region.Prefecture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The profile, organisation and administration pages speak only through the bundles: every key
 * they, their beans and their enums use is in Japanese and English, and no page holds text.
 */
class ProfilePagesMessagesTest {
  private static final Path WEBAPP = Path.of("src/main/webapp");
  private static final Path SOURCES = Path.of("src/main/java/jp/wlink/web");
  private static final List<String> PAGES =
      List.of(
          "account/profile.xhtml",
          "members/view.xhtml",
          "org-admin/members.xhtml",
          "admin/accounts.xhtml",
          "admin/organisations.xhtml",
          "WEB-INF/includes/profile-visibility.xhtml",
          "WEB-INF/includes/admin-nav.xhtml");
  private static final Pattern PAGE_KEY = Pattern.compile("msg\\['([A-Za-z0-9_.-]+)'\\]");
  private static final Pattern CODE_KEY =
      Pattern.compile(
          "\"((?:profile|org|orgadmin|admin|validation)\\.[A-Za-z0-9_.]*[A-Za-z0-9_])\"");
  private static final Pattern TEXT_ATTRIBUTE =
      Pattern.compile(
          "\\s(?:headerText|itemLabel|title|placeholder|aria-label|emptyMessage"
              + "|requiredMessage|validatorMessage|converterMessage|value)=\"([^\"]*)\"");

  @ParameterizedTest
  @ValueSource(strings = {"ja", "en"})
  void hasAMessageForEveryChoiceTheseFeaturesShow(String language) throws IOException {
    Properties bundle = Bundles.load(language);
    List<String> keys = new ArrayList<>();
    Stream.of(Visibility.values()).map(Visibility::getMessageKey).forEach(keys::add);
    Stream.of(ProfileField.values()).map(ProfileField::getMessageKey).forEach(keys::add);
    Stream.of(MembershipStatus.values()).map(MembershipStatus::getMessageKey).forEach(keys::add);
    Stream.of(AffiliationType.values()).map(AffiliationType::getMessageKey).forEach(keys::add);
    Stream.of(JobType.values()).map(JobType::getMessageKey).forEach(keys::add);
    Stream.of(Prefecture.values()).map(Prefecture::getMessageKey).forEach(keys::add);
    Stream.of(OrganisationKind.values()).map(OrganisationKind::getMessageKey).forEach(keys::add);
    Stream.of(AccountStatus.values()).map(status -> "admin.status." + status).forEach(keys::add);
    Stream.of(AdminOutcome.values())
        .filter(outcome -> outcome != AdminOutcome.DONE)
        .map(AdminOutcome::getMessageKey)
        .forEach(keys::add);

    assertThat(keys).allSatisfy(key -> assertThat(bundle).containsKey(key));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ja", "en"})
  void hasEveryKeyThePagesAndTheirBeansUse(String language) throws IOException {
    Properties bundle = Bundles.load(language);
    List<String> keys = new ArrayList<>();
    for (String page : PAGES) {
      keys.addAll(matches(PAGE_KEY, Files.readString(WEBAPP.resolve(page))));
    }
    for (String feature : List.of("profile", "organisation", "admin", "demo")) {
      try (Stream<Path> files = Files.walk(SOURCES.resolve(feature))) {
        for (Path file : files.filter(Files::isRegularFile).toList()) {
          keys.addAll(matches(CODE_KEY, Files.readString(file)));
        }
      }
    }

    assertThat(keys).isNotEmpty().allSatisfy(key -> assertThat(bundle).containsKey(key));
  }

  @Test
  void holdsNoTextOutsideTheBundles() throws IOException {
    for (String page : PAGES) {
      String source = Files.readString(WEBAPP.resolve(page)).replaceAll("(?s)<!--.*?-->", "");
      String text = source.replaceAll("#\\{[^}]*\\}", "").replaceAll("(?s)<[^>]*>", "");

      assertThat(text.codePoints().filter(Character::isLetter).count()).as(page).isZero();
      String attributes = source.replaceAll("<ui:param[^>]*>", "");
      for (String value : matches(TEXT_ATTRIBUTE, attributes)) {
        assertThat(value).as(page).matches("(#\\{.*\\})?");
      }
    }
  }

  private static List<String> matches(Pattern pattern, String text) {
    List<String> found = new ArrayList<>();
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group(1));
    }
    return found;
  }
}
