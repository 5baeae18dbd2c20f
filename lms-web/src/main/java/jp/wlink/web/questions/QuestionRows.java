package jp.wlink.web.questions;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The question table's rows, one page at a time, for the filter form above the table (the table's
 * own column filters and sorting are not used).
 */
public class QuestionRows extends LazyDataModel<QuestionRow> {
  private static final long serialVersionUID = 1L;

  private final QuestionCatalog catalog;
  private final QuestionSearch search;
  private transient List<QuestionRow> loaded = List.of();

  public QuestionRows(QuestionCatalog catalog, QuestionSearch search) {
    this.catalog = Objects.requireNonNull(catalog);
    this.search = Objects.requireNonNull(search);
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return Math.toIntExact(catalog.search(search.toFilter(), 0, 1).total());
  }

  @Override
  public List<QuestionRow> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    QuestionCatalog.RowPage page = catalog.search(search.toFilter(), first, pageSize);
    setRowCount(Math.toIntExact(page.total()));
    loaded = page.rows();
    return loaded;
  }

  @Override
  public String getRowKey(QuestionRow row) {
    return String.valueOf(row.id());
  }

  @Override
  public QuestionRow getRowData(String rowKey) {
    return loaded.stream()
        .filter(row -> String.valueOf(row.id()).equals(rowKey))
        .findFirst()
        .orElse(null);
  }
}
