package jp.wlink.web.questions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import jp.wlink.question.bank.Category;
import jp.wlink.question.bank.QuestionBank;
import jp.wlink.question.bank.QuestionFilter;
import jp.wlink.question.bank.QuestionPage;
import jp.wlink.question.certification.Blueprints;

/**
 * What the bank's pages read: pages of the question list, the category tree and the certifications,
 * turned into detached rows inside one transaction so that pages never touch a lazy association
 * after it closed.
 */
@ApplicationScoped
@Transactional
public class QuestionCatalog {
  @PersistenceContext(unitName = "wlink")
  private EntityManager em;

  @Inject private QuestionBank bank;
  @Inject private Blueprints blueprints;

  /** A page of rows for the filter, and how many questions match it. */
  public RowPage search(QuestionFilter filter, int offset, int limit) {
    QuestionPage page = bank.search(filter, offset, limit);
    return new RowPage(page.questions().stream().map(QuestionRow::of).toList(), page.total());
  }

  /** Every category but the hidden root, in path order so that children follow their parent. */
  public List<CategoryOption> categories() {
    return em.createNamedQuery(Category.ALL, Category.class)
        .getResultStream()
        .filter(category -> !category.isRoot())
        .map(category -> new CategoryOption(category.getId(), category.path()))
        .sorted(Comparator.comparing(option -> String.join("\u0000", option.path())))
        .toList();
  }

  public List<CertificationOption> certifications() {
    return blueprints.all().stream().map(CertificationOption::of).toList();
  }

  /** One page of rows and the size of the whole list. */
  public record RowPage(List<QuestionRow> rows, long total) {}
}
