package jp.wlink.web.questions;

import jakarta.annotation.PostConstruct;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import jp.wlink.question.content.QuestionStatus;
import jp.wlink.question.content.QuestionType;
import jp.wlink.web.i18n.LocaleSelection;
import org.primefaces.component.datatable.DataTable;

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

  private final QuestionSearch search = new QuestionSearch();
  private QuestionRows rows;
  private ArrayList<CategoryOption> categories;
  private ArrayList<CertificationOption> certifications;
  private AuthorRights rights;

  @PostConstruct
  void load() {
    rows = new QuestionRows(catalog, search);
    categories = new ArrayList<>(catalog.categories());
    certifications = new ArrayList<>(catalog.certifications());
    rights = authors.current();
  }

  /** The table reads the form on its next load and starts again at its first page. */
  public void search() {
    UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE);
    if (table instanceof DataTable dataTable) {
      dataTable.reset();
    }
  }

  /** A certification changed: a subject of another certification no longer applies. */
  public void certificationChanged() {
    search.setSubject(null);
  }

  public List<String> getSubjects() {
    return selectedCertification().map(CertificationOption::subjects).orElse(List.of());
  }

  public String certificationLabel(String code) {
    return certifications.stream()
        .filter(option -> option.code().equals(code))
        .map(option -> option.label(localeSelection.getLanguage()))
        .findFirst()
        .orElse(code);
  }

  public boolean mayEdit(QuestionRow row) {
    return rights.mayEdit(row.authorId());
  }

  private Optional<CertificationOption> selectedCertification() {
    return certifications.stream()
        .filter(option -> option.code().equals(search.getCertification()))
        .findFirst();
  }

  public QuestionSearch getSearch() {
    return search;
  }

  public QuestionRows getRows() {
    return rows;
  }

  public List<CategoryOption> getCategories() {
    return categories;
  }

  public List<CertificationOption> getCertifications() {
    return certifications;
  }

  public List<QuestionType> getTypes() {
    return List.of(QuestionType.values());
  }

  public List<QuestionStatus> getStatuses() {
    return List.of(QuestionStatus.values());
  }

  public List<Integer> getLevels() {
    return IntStream.rangeClosed(1, 5).boxed().toList();
  }
}
