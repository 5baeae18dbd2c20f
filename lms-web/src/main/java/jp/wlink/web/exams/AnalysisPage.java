package jp.wlink.web.exams;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.wlink.question.analysis.ItemAnalysisWorkbook;
import jp.wlink.question.analysis.ItemStatistics;
import jp.wlink.question.analysis.WeakItemFlag;
import jp.wlink.web.i18n.Messages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * 項目分析: for a chosen certification, how each question of its mock exams behaved (facility,
 * discrimination, choice picks and flags for weak items), and the same as an .xlsx workbook.
 */
@Named
@ViewScoped
public class AnalysisPage implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Inject private ExamCatalogue catalogue;
  @Inject private ExamAnalysis analysis;
  @Inject private Messages messages;

  private List<BlueprintCard> blueprints;
  private Long blueprintId;
  private List<AnalysisRow> rows = new ArrayList<>();

  @PostConstruct
  void load() {
    blueprints = catalogue.cards(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    if (!blueprints.isEmpty()) {
      blueprintId = blueprints.get(0).id();
      analyse();
    }
  }

  public void analyse() {
    if (blueprintId == null) {
      rows = new ArrayList<>();
      return;
    }
    rows =
        new ArrayList<>(
            analysis.ofBlueprint(blueprintId).stream()
                .map(item -> AnalysisRow.of(item, messages::text))
                .toList());
  }

  /** The analysis as .xlsx, headed in the reader's language. */
  public StreamedContent getWorkbook() {
    List<ItemStatistics> items =
        blueprintId == null ? List.of() : analysis.ofBlueprint(blueprintId);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      new ItemAnalysisWorkbook().write(items, labels(), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    byte[] bytes = out.toByteArray();
    return DefaultStreamedContent.builder()
        .name("item-analysis-" + code() + ".xlsx")
        .contentType(XLSX)
        .contentLength((long) bytes.length)
        .stream(() -> new ByteArrayInputStream(bytes))
        .build();
  }

  private ItemAnalysisWorkbook.Labels labels() {
    Map<WeakItemFlag, String> flags = new EnumMap<>(WeakItemFlag.class);
    for (WeakItemFlag flag : WeakItemFlag.values()) {
      flags.put(flag, messages.text(flag.messageKey()));
    }
    return new ItemAnalysisWorkbook.Labels(
        messages.text("question.analysis.sheet"),
        messages.text("question.analysis.column.question"),
        messages.text("question.analysis.column.responses"),
        messages.text("question.analysis.column.facility"),
        messages.text("question.analysis.column.discrimination"),
        messages.text("question.analysis.column.flags"),
        option -> messages.text("question.analysis.column.option", option),
        flags);
  }

  private String code() {
    return blueprints.stream()
        .filter(b -> b.id() == blueprintId)
        .map(BlueprintCard::code)
        .findFirst()
        .orElse("exam")
        .toLowerCase(Locale.ROOT);
  }

  public List<BlueprintCard> getBlueprints() {
    return blueprints;
  }

  public Long getBlueprintId() {
    return blueprintId;
  }

  public void setBlueprintId(Long blueprintId) {
    this.blueprintId = blueprintId;
  }

  public List<AnalysisRow> getRows() {
    return rows;
  }
}
