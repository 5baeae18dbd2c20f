package jp.wlink.web.questions;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import jp.wlink.web.i18n.LocaleSelection;

/**
 * The question list: a filter form (category with its subcategories, type, status, certification
 * and subject, level, tag, skill) and a Japanese full-text search over the bank, a page at a time.
 */
@Named
@ViewScoped
public class QuestionListPage implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final String TABLE = ":questionList:questions";

  @Inject private QuestionCatalog catalog;
  @Inject private QuestionAuthors authors;
  @Inject private LocaleSelection localeSelection;

  private QuestionFilters filters;
  private QuestionRows rows;
  private AuthorRights rights;

  @PostConstruct
  void load() {
    filters = new QuestionFilters(catalog, TABLE);
    rows = new QuestionRows(catalog, filters.getSearch());
    rights = authors.current();
  }

  public String certificationLabel(String code) {
    return filters.certificationLabel(code, localeSelection.getLanguage());
  }

  public boolean mayEdit(QuestionRow row) {
    return rights.mayEdit(row.authorId());
  }

  public QuestionFilters getFilters() {
    return filters;
  }

  public QuestionRows getRows() {
    return rows;
  }
}
