package jp.wlink.web.demo;

import static jp.wlink.web.profile.ProfileField.CERTIFICATIONS;
import static jp.wlink.web.profile.ProfileField.INTERESTS;
import static jp.wlink.web.profile.ProfileField.ORGANISATION;
import static jp.wlink.web.profile.ProfileField.PREFECTURE;
import static jp.wlink.web.profile.ProfileField.YEARS_OF_EXPERIENCE;
import static jp.wlink.web.profile.Visibility.ONLY_ME;
import static jp.wlink.web.profile.Visibility.PUBLIC;

import java.util.List;
import java.util.Map;
import jp.wlink.web.account.Role;
import jp.wlink.web.organisation.OrganisationKind;
import jp.wlink.web.profile.AffiliationType;
import jp.wlink.web.profile.JobType;
import jp.wlink.web.profile.MembershipStatus;
import jp.wlink.web.profile.ProfileDetails;
import jp.wlink.web.region.Prefecture;

/**
 * What the demo data consists of. Every organisation and person here is fictional; the staff
 * member's claim to the water bureau is left pending so the organisation admin has one to decide.
 */
final class DemoPlan {
  static final DemoOrganisation WATER_BUREAU =
      new DemoOrganisation("みなと市水道局", OrganisationKind.WATER_UTILITY, Prefecture.SHIZUOKA);
  static final DemoOrganisation SEWERAGE_OFFICE =
      new DemoOrganisation("みなと川流域下水道事務所", OrganisationKind.SEWERAGE_UTILITY, Prefecture.SHIZUOKA);
  static final DemoOrganisation COMPANY =
      new DemoOrganisation("しずく環境エンジニアリング株式会社", OrganisationKind.COMPANY, Prefecture.TOKYO);
  static final DemoOrganisation UNIVERSITY =
      new DemoOrganisation("みなと工科大学", OrganisationKind.UNIVERSITY, Prefecture.SHIZUOKA);

  static final List<DemoOrganisation> ORGANISATIONS =
      List.of(WATER_BUREAU, SEWERAGE_OFFICE, COMPANY, UNIVERSITY);

  static final List<DemoAccount> ACCOUNTS =
      List.of(
          new DemoAccount(
              Role.STUDENT,
              "demo-student",
              "student@demo.wlink.jp",
              "Mizu-Gakusei-2026!",
              new ProfileDetails(
                  "水野 学",
                  AffiliationType.STUDENT,
                  JobType.STUDENT,
                  Prefecture.SHIZUOKA,
                  0,
                  null,
                  "水処理工学を専攻しています。水道事業体の仕事に興味があります。"),
              UNIVERSITY,
              MembershipStatus.APPROVED,
              false,
              Map.of(PREFECTURE, PUBLIC, INTERESTS, PUBLIC)),
          new DemoAccount(
              Role.STAFF,
              "demo-staff",
              "staff@demo.wlink.jp",
              "Mizu-Shokuin-2026!",
              new ProfileDetails(
                  "川口 さくら",
                  AffiliationType.WATER_UTILITY,
                  JobType.WATER_TREATMENT,
                  Prefecture.SHIZUOKA,
                  3,
                  "給水装置工事主任技術者",
                  "浄水場の運転管理と水質検査を担当しています。"),
              WATER_BUREAU,
              MembershipStatus.PENDING,
              false,
              Map.of(YEARS_OF_EXPERIENCE, ONLY_ME)),
          new DemoAccount(
              Role.MENTOR,
              "demo-mentor",
              "mentor@demo.wlink.jp",
              "Mizu-Mentor-2026!",
              new ProfileDetails(
                  "池田 浩二",
                  AffiliationType.SEWERAGE_UTILITY,
                  JobType.SEWAGE_TREATMENT,
                  Prefecture.SHIZUOKA,
                  28,
                  "下水道技術検定（第2種）\n第3種電気主任技術者",
                  "処理場の維持管理と若手の育成に長く携わってきました。"),
              SEWERAGE_OFFICE,
              MembershipStatus.APPROVED,
              false,
              Map.of(ORGANISATION, PUBLIC, YEARS_OF_EXPERIENCE, PUBLIC, CERTIFICATIONS, PUBLIC)),
          new DemoAccount(
              Role.HOST,
              "demo-host",
              "host@demo.wlink.jp",
              "Mizu-Koushi-2026!",
              new ProfileDetails(
                  "滝沢 誠",
                  AffiliationType.COMPANY,
                  JobType.DESIGN_CONSULTING,
                  Prefecture.TOKYO,
                  32,
                  "技術士（上下水道部門）\n水道技術管理者",
                  "管路更新計画と耐震化の勉強会を開いています。"),
              COMPANY,
              MembershipStatus.APPROVED,
              false,
              Map.of(ORGANISATION, PUBLIC, CERTIFICATIONS, PUBLIC, INTERESTS, PUBLIC)),
          new DemoAccount(
              Role.ORG_ADMIN,
              "demo-orgadmin",
              "orgadmin@demo.wlink.jp",
              "Mizu-Kanrisha-2026!",
              new ProfileDetails(
                  "泉 由美",
                  AffiliationType.WATER_UTILITY,
                  JobType.ADMINISTRATION,
                  Prefecture.SHIZUOKA,
                  18,
                  null,
                  "水道局で人材育成と採用を担当しています。"),
              WATER_BUREAU,
              MembershipStatus.APPROVED,
              true,
              Map.of(ORGANISATION, PUBLIC)),
          new DemoAccount(
              Role.MODERATOR,
              "demo-moderator",
              "moderator@demo.wlink.jp",
              "Mizu-Moderator-2026!",
              new ProfileDetails(
                  "沢田 健", AffiliationType.OTHER, JobType.OTHER, null, 10, null, null),
              null,
              null,
              false,
              Map.of()),
          new DemoAccount(
              Role.ADMIN,
              "demo-admin",
              "admin@demo.wlink.jp",
              "Mizu-Admin-2026!",
              new ProfileDetails(
                  "清水 直子",
                  AffiliationType.OTHER,
                  JobType.ADMINISTRATION,
                  Prefecture.TOKYO,
                  15,
                  null,
                  null),
              null,
              null,
              false,
              Map.of()));

  private DemoPlan() {}
}
