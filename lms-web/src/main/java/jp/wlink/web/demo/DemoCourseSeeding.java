package jp.wlink.web.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import jp.wlink.course.catalogue.CourseAuthoring;
import jp.wlink.course.catalogue.CourseCatalogue;
import jp.wlink.course.catalogue.CourseEditor;
import jp.wlink.course.track.CareerTracks;
import jp.wlink.question.bank.importing.ImportPreview;
import jp.wlink.question.bank.importing.ImportProgress;
import jp.wlink.question.bank.importing.ImportStaging;
import jp.wlink.question.certification.Blueprints;
import jp.wlink.web.account.Account;
import jp.wlink.web.questions.CertificationOption;

/**
 * Seeds the demo's courses and career tracks once, written by the demo host: the practice questions
 * of 浄水処理の基礎 through the bank's import (duplicates skipped), then the courses through the authoring
 * service. It runs while no course has the real course's code, so a restart never adds them twice.
 */
@ApplicationScoped
public class DemoCourseSeeding {
  private static final Logger LOG = Logger.getLogger(DemoCourseSeeding.class.getName());

  @PersistenceContext(unitName = "wlink")
  private EntityManager em;

  @Inject private ImportStaging staging;
  @Inject private Blueprints blueprints;
  @Inject private CourseCatalogue catalogue;
  @Inject private CourseAuthoring authoring;
  @Inject private CareerTracks tracks;

  /** True when the courses were seeded now. */
  @Transactional
  public boolean seedIfWanted(boolean demoEnabled) {
    if (!demoEnabled || catalogue.byCode(DemoCoursePlan.JOSUI_KISO.code()).isPresent()) {
      return false;
    }
    Optional<Account> author = author();
    if (author.isEmpty()) {
      LOG.info("Demo courses were not seeded: there is no demo host to author them");
      return false;
    }

    long authorId = author.get().getId();
    int questions = importQuestions(authorId);
    CourseEditor editor = new CourseEditor(authorId, Set.of(), true, false);
    new DemoCourseWriter(authoring, editor).write(DemoCoursePlan.COURSES, tracks);

    LOG.info(
        () ->
            "Seeded "
                + DemoCoursePlan.COURSES.size()
                + " demo courses and "
                + questions
                + " course practice questions");
    return true;
  }

  private int importQuestions(long authorId) {
    List<CertificationOption> certifications =
        blueprints.all().stream().map(CertificationOption::of).toList();
    ImportPreview preview =
        staging.preview(
            new DemoQuestions(certifications)
                .readCourseFile(
                    DemoCoursePlan.QUESTIONS, DemoCoursePlan.JOSUI_KISO.certification()));
    return staging.commit(preview, true, authorId, ImportProgress.IGNORED).created();
  }

  private Optional<Account> author() {
    return em.createNamedQuery(Account.BY_HANDLE, Account.class)
        .setParameter("handle", DemoQuestionSeeding.AUTHOR_HANDLE)
        .getResultStream()
        .findFirst();
  }
}
