package jp.wlink.web.questions;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import jp.wlink.question.content.QuestionStatus;
import jp.wlink.question.content.QuestionType;
import org.primefaces.component.datatable.DataTable;

/**
 * The question filter form that the list and the export share: the search it fills, and the choices
 * it offers (categories, certifications with their subjects, types, statuses, levels).
 */
public class QuestionFilters implements Serializable {
  private static final long serialVersionUID = 1L;

  private final QuestionSearch search = new QuestionSearch();
  private final ArrayList<CategoryOption> categories;
  private final ArrayList<CertificationOption> certifications;
  private final String table;

  /** {@code table} is the client id of a lazy table to restart on search, or null. */
  QuestionFilters(QuestionCatalog catalog, String table) {
    this.categories = new ArrayList<>(catalog.categories());
    this.certifications = new ArrayList<>(catalog.certifications());
    this.table = table;
  }

  /** The table (if any) reads the form on its next load and starts at its first page. */
  public void search() {
    if (table == null) {
      return;
    }
    UIComponent found = FacesContext.getCurrentInstance().getViewRoot().findComponent(table);
    if (found instanceof DataTable dataTable) {
      dataTable.reset();
    }
  }

  /** A certification changed: a subject of another certification no longer applies. */
  public void certificationChanged() {
    search.setSubject(null);
  }

  public List<String> getSubjects() {
    return certifications.stream()
        .filter(option -> option.code().equals(search.getCertification()))
        .findFirst()
        .map(CertificationOption::subjects)
        .orElse(List.of());
  }

  /** The name of a certification code, in the page's language; unknown codes as they are. */
  public String certificationLabel(String code, String language) {
    return certifications.stream()
        .filter(option -> option.code().equals(code))
        .map(option -> option.label(language))
        .findFirst()
        .orElse(code);
  }

  public QuestionSearch getSearch() {
    return search;
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
