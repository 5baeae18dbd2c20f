package jp.wlink.web.courses.progress;

import jakarta.annotation.PostConstruct;
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
import java.util.Map;
import java.util.Optional;
import jp.wlink.course.catalogue.Course;
import jp.wlink.course.catalogue.CourseCatalogue;
import jp.wlink.course.enrolment.EnrolmentStatus;
import jp.wlink.course.progress.Risk;
import jp.wlink.course.progress.RiskRule;
import jp.wlink.web.i18n.Messages;
import jp.wlink.web.organisation.Organisation;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The training officer's page: their staff on courses, filtered by course, status and risk, in the
 * chosen order, a page at a time, with figures over the whole filter and an Excel download of every
 * filtered row. The inactivity limit of the at-risk flag is the officer's to set.
 */
@Named
@ViewScoped
public class OfficerTablePage implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Inject private OfficerScope scope;
  @Inject private OfficerTable table;
  @Inject private CourseCatalogue catalogue;
  @Inject private Messages messages;

  private ArrayList<OfficerChoice> organisations;
  private ArrayList<OfficerChoice> courses;
  private Long organisationId;
  private Long courseId;
  private StatusFilter status = StatusFilter.CURRENT;
  private SortChoice order = SortChoice.NAME;
  private boolean atRiskOnly;
  private int inactiveDays = RiskRule.DEFAULT_INACTIVE_DAYS;
  private OfficerSummary summary = OfficerSummary.NONE;
  private OfficerRows rows;

  /** An organisation or course to pick, by id and name. */
  public record OfficerChoice(long id, String name) implements Serializable {}

  @PostConstruct
  void load() {
    organisations = new ArrayList<>();
    for (Organisation organisation : scope.organisations()) {
      organisations.add(new OfficerChoice(organisation.getId(), organisation.getName()));
    }
    courses = new ArrayList<>();
    for (Course course : catalogue.published(Optional.empty())) {
      courses.add(new OfficerChoice(course.getId(), course.getTitle()));
    }
    organisationId = organisations.isEmpty() ? null : organisations.get(0).id();
    rows = new OfficerRows(table, (OfficerRows.Views) this::view);
    apply();
  }

  /** Runs the figures for the chosen filter; the table then pages through it. */
  public void apply() {
    if (organisationId == null) {
      summary = OfficerSummary.NONE;
      return;
    }
    scope.require(organisationId);
    summary = table.summary(query().orElseThrow());
  }

  Optional<OfficerQuery> query() {
    if (organisationId == null) {
      return Optional.empty();
    }
    return Optional.of(
        new OfficerQuery(
            organisationId,
            Optional.ofNullable(courseId),
            status,
            atRiskOnly,
            new RiskRule(inactiveDays)));
  }

  private OfficerRows.OfficerView view() {
    return query()
        .map(
            q ->
                new OfficerRows.OfficerView(
                    q, order.sort(), order.descending(), summary.enrolments()))
        .orElseGet(
            () ->
                new OfficerRows.OfficerView(
                    OfficerQuery.everyone(0, new RiskRule(inactiveDays)),
                    OfficerSort.NAME,
                    false,
                    0));
  }

  /** Every row of the filter as .xlsx, headed in the reader's language. */
  public StreamedContent getWorkbook() {
    OfficerQuery query = query().orElseThrow(() -> new IllegalStateException("No organisation"));
    scope.require(query.organisationId());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      new ProgressWorkbook(labels()).write(table, query, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    byte[] bytes = out.toByteArray();
    return DefaultStreamedContent.builder()
        .name("progress-" + query.organisationId() + ".xlsx")
        .contentType(XLSX)
        .contentLength((long) bytes.length)
        .stream(() -> new ByteArrayInputStream(bytes))
        .build();
  }

  private ProgressWorkbook.Labels labels() {
    List<String> headers = new ArrayList<>();
    for (String column :
        List.of(
            "handle",
            "email",
            "course",
            "status",
            "percent",
            "lessonsDone",
            "lessonsTotal",
            "hours",
            "lastActivity",
            "deadline",
            "risks")) {
      headers.add(messages.text("progress.column." + column));
    }
    Map<EnrolmentStatus, String> statuses = new EnumMap<>(EnrolmentStatus.class);
    for (EnrolmentStatus value : EnrolmentStatus.values()) {
      statuses.put(value, messages.text("progress.enrolment." + value.name()));
    }
    Map<Risk, String> risks = new EnumMap<>(Risk.class);
    for (Risk risk : Risk.values()) {
      risks.put(risk, messages.text("progress.risk." + risk.name()));
    }
    return new ProgressWorkbook.Labels(messages.text("progress.sheet"), headers, statuses, risks);
  }

  public List<OfficerChoice> getOrganisations() {
    return organisations;
  }

  public List<OfficerChoice> getCourses() {
    return courses;
  }

  public StatusFilter[] getStatuses() {
    return StatusFilter.values();
  }

  public SortChoice[] getOrders() {
    return SortChoice.values();
  }

  public OfficerRows getRows() {
    return rows;
  }

  public OfficerSummary getSummary() {
    return summary;
  }

  public Long getOrganisationId() {
    return organisationId;
  }

  public void setOrganisationId(Long organisationId) {
    this.organisationId = organisationId;
  }

  public Long getCourseId() {
    return courseId;
  }

  public void setCourseId(Long courseId) {
    this.courseId = courseId;
  }

  public StatusFilter getStatus() {
    return status;
  }

  public void setStatus(StatusFilter status) {
    this.status = status;
  }

  public SortChoice getOrder() {
    return order;
  }

  public void setOrder(SortChoice order) {
    this.order = order;
  }

  public boolean isAtRiskOnly() {
    return atRiskOnly;
  }

  public void setAtRiskOnly(boolean atRiskOnly) {
    this.atRiskOnly = atRiskOnly;
  }

  public int getInactiveDays() {
    return inactiveDays;
  }

  public void setInactiveDays(int inactiveDays) {
    this.inactiveDays = Math.max(1, Math.min(365, inactiveDays));
  }
}
