package jp.wlink.web.admin;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The account table's rows, fetched one page at a time with the administrator's filter. The table's
 * own sorting and filtering are not used: the filter form above it decides.
 */
public class AccountList extends LazyDataModel<AccountRow> {
  private static final long serialVersionUID = 1L;

  private final AccountAdministration administration;
  private final AccountFilter filter;

  public AccountList(AccountAdministration administration, AccountFilter filter) {
    this.administration = Objects.requireNonNull(administration);
    this.filter = Objects.requireNonNull(filter);
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return Math.toIntExact(administration.count(filter));
  }

  @Override
  public List<AccountRow> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    return administration.find(filter, first, pageSize);
  }

  @Override
  public String getRowKey(AccountRow row) {
    return String.valueOf(row.getId());
  }

  @Override
  public AccountRow getRowData(String rowKey) {
    return administration.row(Long.parseLong(rowKey));
  }
}
