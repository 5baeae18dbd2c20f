package jp.wlink.web.testing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import jp.wlink.course.catalogue.Course;
import jp.wlink.course.catalogue.CourseDetails;
import jp.wlink.course.catalogue.CourseUnit;
import jp.wlink.course.catalogue.Lesson;
import jp.wlink.course.catalogue.LessonDetails;
import jp.wlink.course.catalogue.SkillLevel;
import jp.wlink.course.catalogue.UnitDetails;
import jp.wlink.course.certificate.Certificates;
import jp.wlink.course.enrolment.StudyRecords;
import jp.wlink.course.learning.LearningRecord;
import jp.wlink.course.skills.SkillCatalogue;
import jp.wlink.question.bank.PublishedQuestions;
import jp.wlink.question.exam.AttemptKind;
import jp.wlink.question.exam.AttemptScored;
import jp.wlink.question.exam.AttemptScored.ScoredAnswer;
import jp.wlink.web.account.Account;
import jp.wlink.web.account.Role;
import jp.wlink.web.organisation.Organisation;
import jp.wlink.web.organisation.OrganisationAdmin;
import jp.wlink.web.organisation.OrganisationKind;
import jp.wlink.web.profile.MemberProfile;
import jp.wlink.web.region.Prefecture;

/**
 * Seeds a running W/LINK's schema for the progress journeys, as the parts not built here would: an
 * organisation with its admin and approved staff (the membership pages exist and are tested
 * elsewhere), a published course (the authoring pages belong to the course feature), and a
 * learner's study of it (the lesson player likewise). It never migrates or cleans.
 */
public final class ProgressSeed implements AutoCloseable {
  /** The skill of the seeded courses and their lessons, one that has a name to show (凝集). */
  public static final String SKILL = "josui.coagulation";

  /** The level-1 skill of the two-level course (沈殿), practised by no other journey. */
  public static final String BASIC_SKILL = "josui.sedimentation";

  /** The level-2 skill of the two-level course (ろ過). */
  public static final String ADVANCED_SKILL = "josui.filtration";

  private final EntityManagerFactory emf;

  private ProgressSeed(String jdbcUrl) {
    emf =
        Persistence.createEntityManagerFactory(
            "wlink-test",
            Map.of(
                "jakarta.persistence.jdbc.url",
                jdbcUrl + "?useSSL=false&allowPublicKeyRetrieval=true",
                "jakarta.persistence.jdbc.user",
                TestDatabase.setting("user"),
                "jakarta.persistence.jdbc.password",
                TestDatabase.setting("password"),
                "jakarta.persistence.jdbc.driver",
                "com.mysql.cj.jdbc.Driver"));
  }

  public static ProgressSeed into(String jdbcUrl) {
    return new ProgressSeed(jdbcUrl);
  }

  /** A new organisation that the account administers, with the org-admin role granted. */
  public long organisationOf(String adminEmail, String namePrefix) {
    return inTransaction(
        em -> {
          Account admin = account(em, adminEmail);
          admin.grant(Role.ORG_ADMIN);
          String name = namePrefix + UUID.randomUUID().toString().substring(0, 6);
          Organisation organisation =
              new Organisation(
                  name, OrganisationKind.WATER_UTILITY, Prefecture.KANAGAWA, Instant.now());
          em.persist(organisation);
          em.flush();
          em.persist(new OrganisationAdmin(organisation.getId(), admin.getId()));
          return organisation.getId();
        });
  }

  /** Makes the account approved staff of the organisation, with the real name given. */
  public void approvedStaff(String email, long organisationId, String realName) {
    inTransaction(
        em -> {
          Account account = account(em, email);
          MemberProfile profile = em.find(MemberProfile.class, account.getId());
          if (profile == null) {
            profile = new MemberProfile(account);
            em.persist(profile);
          }
          profile.claim(em.find(Organisation.class, organisationId));
          profile.approveMembership();
          em.flush();
          em.createNativeQuery("UPDATE member_profile SET real_name = ? WHERE account_id = ?")
              .setParameter(1, realName)
              .setParameter(2, account.getId())
              .executeUpdate();
          return null;
        });
  }

  /** A published course of one unit with the given lessons and no checkpoint; returns its id. */
  public long publishedCourse(String ownerEmail, String title, List<String> lessons) {
    return publishedCourse(ownerEmail, title, lessons, 0);
  }

  /** The same, each lesson offering a practice quiz of {@code practice} questions. */
  public long publishedCourse(String ownerEmail, String title, List<String> lessons, int practice) {
    return inTransaction(
        em -> {
          Instant now = Instant.now();
          Course course =
              new Course(
                  "J-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT),
                  new CourseDetails(
                      title, "", 1, Optional.empty(), List.of(new SkillLevel(SKILL, 1))),
                  account(em, ownerEmail).getId(),
                  null,
                  now);
          CourseUnit unit = course.addUnit(new UnitDetails("基礎", "", List.of(), 0, 60), now);
          for (String lesson : lessons) {
            unit.addLesson(new LessonDetails(lesson, "<p>本文</p>", 1, 10, List.of(SKILL), practice));
          }
          course.publish(now, new SkillCatalogue(em, Clock.systemUTC()).namedIds());
          em.persist(course);
          em.flush();
          return course.getId();
        });
  }

  /**
   * A published course of two units: {@link #BASIC_SKILL} at level 1 and {@link #ADVANCED_SKILL} at
   * level 2, one lesson each and no checkpoint; returns its id.
   */
  public long publishedTwoLevelCourse(String ownerEmail, String title) {
    return inTransaction(
        em -> {
          Instant now = Instant.now();
          List<SkillLevel> skills =
              List.of(new SkillLevel(BASIC_SKILL, 1), new SkillLevel(ADVANCED_SKILL, 2));
          Course course =
              new Course(
                  "J-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT),
                  new CourseDetails(title, "", 1, Optional.empty(), skills),
                  account(em, ownerEmail).getId(),
                  null,
                  now);
          for (SkillLevel skill : skills) {
            String name = "レベル" + skill.getLevel();
            CourseUnit unit = course.addUnit(new UnitDetails(name, "", List.of(), 0, 60), now);
            unit.addLesson(
                new LessonDetails(
                    name + "の授業", "<p>本文</p>", skill.getLevel(), 10, List.of(skill.getSkill()), 0));
          }
          course.publish(now, new SkillCatalogue(em, Clock.systemUTC()).namedIds());
          em.persist(course);
          em.flush();
          return course.getId();
        });
  }

  /**
   * The learner answered every published question on the skill right, round after round, {@code
   * daysAgo} days ago, as practice the learning record learnt from, until the skill's mastery
   * passed 0.9 (at most ten rounds): the skill is mastered and its reviews are due by now.
   */
  public void practisedRight(String learnerEmail, String skill, int daysAgo) {
    Instant at = Instant.now().minus(Duration.ofDays(daysAgo));
    for (int round = 0; round < 10; round++) {
      double mastery =
          inTransaction(
              em -> {
                long learner = account(em, learnerEmail).getId();
                List<ScoredAnswer> answers =
                    new PublishedQuestions(em)
                        .bySkills(List.of(skill)).stream()
                            .map(q -> new ScoredAnswer(q.questionId(), List.of(skill), 1))
                            .toList();
                LearningRecord record = new LearningRecord(em);
                record.learn(new AttemptScored(0, learner, AttemptKind.PRACTICE, at, answers));
                int number = record.skillNumber(skill).orElseThrow();
                return record.model().mastery(record.currentState(learner), number);
              });
      if (mastery > 0.9) {
        return;
      }
    }
  }

  /**
   * Publishes single-choice questions on the skill (the first choice is right), each choice a
   * paragraph as in imported questions.
   */
  public void publishedQuestions(String authorEmail, String skill, int count) {
    for (int i = 1; i <= count; i++) {
      String stem = "判定問題" + i;
      inTransaction(
          em -> {
            long author = account(em, authorEmail).getId();
            jp.wlink.web.exams.ExamFixtures.publishForSkill(
                em, skill, jp.wlink.web.exams.ExamFixtures.singleChoiceInParagraphs(stem), author);
            return null;
          });
    }
  }

  /** The learner completes every lesson of the course; returns the certificate's code. */
  public String completeCourse(String learnerEmail, long courseId) {
    return inTransaction(
        em -> {
          long learner = account(em, learnerEmail).getId();
          Certificates certificates =
              new Certificates(em, Clock.systemUTC(), id -> realName(em, id));
          StudyRecords records =
              new StudyRecords(
                  em, Clock.systemUTC(), done -> certificates.issue(done.enrolmentId()));
          for (CourseUnit unit : em.find(Course.class, courseId).getUnits()) {
            for (Lesson lesson : unit.getLessons()) {
              records.recordStudy(learner, lesson.getId(), Instant.now().minusSeconds(900), 600);
              records.completeLesson(learner, lesson.getId());
            }
          }
          return certificates.ofLearner(learner).get(0).code().value();
        });
  }

  /** Read past the entity cache, which the native update of the name went around. */
  private static String realName(EntityManager em, long learnerId) {
    return (String)
        em.createNativeQuery("SELECT real_name FROM member_profile WHERE account_id = ?")
            .setParameter(1, learnerId)
            .getSingleResult();
  }

  private static Account account(EntityManager em, String email) {
    return em.createNamedQuery(Account.BY_EMAIL, Account.class)
        .setParameter("email", email)
        .getSingleResult();
  }

  private <T> T inTransaction(Function<EntityManager, T> work) {
    return TestDatabase.inTransaction(emf, work);
  }

  @Override
  public void close() {
    emf.close();
  }
}
