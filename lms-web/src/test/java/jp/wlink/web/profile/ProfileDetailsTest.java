package jp.wlink.web.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

class ProfileDetailsTest {

  @Test
  void keepsOneCertificationPerLineWithoutBlankLinesOrSpaces() {
    ProfileDetails details = withCertifications("  水道技術管理者 \r\n\r\n　下水道技術検定\r\n  ");

    assertThat(details.certifications()).isEqualTo("水道技術管理者\n下水道技術検定");
    assertThat(details.certificationList()).containsExactly("水道技術管理者", "下水道技術検定");
  }

  @Test
  void treatsBlankTextAsAbsent() {
    ProfileDetails details = new ProfileDetails("  ", null, null, null, null, " \n ", "\u3000");

    assertThat(details).isEqualTo(ProfileDetails.empty());
    assertThat(details.certificationList()).isEmpty();
  }

  @Test
  void acceptsExperienceFromZeroToSixtyYears() {
    assertThat(withYears(0).problems()).isEmpty();
    assertThat(withYears(60).problems()).isEmpty();
    assertThat(withYears(null).problems()).isEmpty();
  }

  @Test
  void rejectsExperienceOutsideZeroToSixtyYears() {
    assertThat(withYears(99).problems())
        .containsExactly(new ProfileProblem("years", "profile.validation.years", 60));
    assertThat(withYears(-1).problems())
        .extracting(ProfileProblem::inputName)
        .containsExactly("years");
  }

  @Test
  void rejectsTextOverItsLimitAndNamesTheInput() {
    ProfileDetails details =
        new ProfileDetails(
            "名".repeat(101), null, null, null, null, "a".repeat(1001), "b".repeat(1001));

    assertThat(details.problems())
        .extracting(ProfileProblem::inputName, ProfileProblem::limit)
        .containsExactly(
            tuple("realName", 100), tuple("certifications", 1000), tuple("interests", 1000));
  }

  @Test
  void countsLineBreaksAsOneCharacterAgainstTheLimit() {
    String typed = ("x".repeat(9) + "\r\n").repeat(100);

    assertThat(withCertifications(typed).problems()).isEmpty();
  }

  private static ProfileDetails withYears(Integer years) {
    return new ProfileDetails(null, null, null, null, years, null, null);
  }

  private static ProfileDetails withCertifications(String certifications) {
    return new ProfileDetails(null, null, null, null, null, certifications, null);
  }
}
