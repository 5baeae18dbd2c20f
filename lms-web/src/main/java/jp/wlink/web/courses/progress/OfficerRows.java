package jp.wlink.web.courses.progress;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The officer's table one page at a time, for the filter and sort chosen in the form above it. The
 * row count comes from the figures the page already asked for, so a page turn costs one query.
 */
public class OfficerRows extends LazyDataModel<OfficerRow> {
  private static final long serialVersionUID = 1L;

  private final OfficerTable table;
  private final Views view;
  private transient List<OfficerRow> loaded = List.of();

  /** The filter, sort and total the page holds. */
  public record OfficerView(OfficerQuery query, OfficerSort sort, boolean descending, long total) {}

  /** Where the rows ask for the page's current view; serializable with the view-scoped page. */
  @FunctionalInterface
  public interface Views extends Supplier<OfficerView>, java.io.Serializable {}

  public OfficerRows(OfficerTable table, Views view) {
    this.table = Objects.requireNonNull(table);
    this.view = Objects.requireNonNull(view);
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return Math.toIntExact(view.get().total());
  }

  @Override
  public List<OfficerRow> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    OfficerView current = view.get();
    setRowCount(Math.toIntExact(current.total()));
    if (current.total() == 0) {
      loaded = List.of();
      return loaded;
    }
    loaded = table.page(current.query(), current.sort(), current.descending(), first, pageSize);
    return loaded;
  }

  @Override
  public String getRowKey(OfficerRow row) {
    return String.valueOf(row.enrolmentId());
  }

  @Override
  public OfficerRow getRowData(String rowKey) {
    return loaded.stream()
        .filter(row -> String.valueOf(row.enrolmentId()).equals(rowKey))
        .findFirst()
        .orElse(null);
  }
}
