package jp.wlink.web.questions;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import jp.wlink.question.bank.ContentLimits;
import jp.wlink.question.bank.StaleQuestionException;
import jp.wlink.question.bank.UnknownQuestionException;
import jp.wlink.question.content.QuestionContent;
import jp.wlink.question.content.QuestionStatus;
import jp.wlink.question.content.QuestionType;
import jp.wlink.question.content.TextFormat;
import jp.wlink.web.i18n.Messages;

/**
 * The question editor, for a new question ({@code edit.xhtml}) or an existing one ({@code
 * edit.xhtml?id=}). Every change re-renders a preview as a learner sees the question. Saving names
 * the revision the author started from: if someone saved in between, the save is refused with a
 * message and everything typed stays in the form.
 */
@Named
@ViewScoped
public class QuestionEditorPage implements Serializable {
  static final String ERROR_PREFIX = "questions.edit.error.";
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(QuestionEditorPage.class.getName());
  private static final String FORM = "editor";
  private static final DateTimeFormatter TOKYO_MINUTES =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Tokyo"));

  @Inject private QuestionEditing editing;
  @Inject private QuestionCatalog catalog;
  @Inject private QuestionAuthors authors;
  @Inject private Messages messages;

  private Long id;
  private long revision;
  private Long authorId;
  private QuestionStatus storedStatus = QuestionStatus.DRAFT;
  private QuestionForm form = QuestionForm.blank();
  private AuthorRights rights;
  private ArrayList<CertificationOption> certifications;
  private ArrayList<VersionRow> versions = new ArrayList<>();
  private transient QuestionDraft draft;

  /** Reads the question named by the view parameter; a new question when there is none. */
  public String load() {
    rights = authors.current();
    certifications = new ArrayList<>(catalog.certifications());
    if (id == null) {
      authorId = rights.accountId();
      return null;
    }
    Optional<StoredQuestion> stored = editing.load(id);
    if (stored.isEmpty()) {
      return "/error/not-found";
    }
    take(stored.get());
    return null;
  }

  private void take(StoredQuestion stored) {
    revision = stored.revision();
    authorId = stored.authorId();
    storedStatus = stored.metadata().status();
    form = FormFilling.fill(stored.content(), stored.metadata());
    versions = new ArrayList<>(editing.versions(stored.id()));
    draft = null;
  }

  /** Saves the form; on success the editor shows the saved question and its new revision. */
  public void save() {
    QuestionDraft current = getDraft();
    if (!current.savable()) {
      current.problems().forEach(this::show);
      return;
    }
    try {
      StoredQuestion saved =
          id == null
              ? editing.create(current.content().get(), current.metadata().get(), rights)
              : editing.edit(
                  id, revision, current.content().get(), current.metadata().get(), rights);
      id = saved.id();
      take(saved);
      messages.info("questions.edit.saved", saved.version());
    } catch (StaleQuestionException stale) {
      LOG.fine(() -> "Refused a stale edit of question " + stale.questionId());
      messages.error(null, "questions.edit.stale");
    } catch (QuestionEditing.NotAllowedException | UnknownQuestionException refused) {
      messages.error(null, "questions.edit.notAllowed");
    }
  }

  /** The question as the form makes it now, or null when the form cannot make one yet. */
  public QuestionContent getPreview() {
    return getDraft().content().orElse(null);
  }

  /** Problems shown beside the preview while typing, before any save. */
  public List<String> getPreviewProblems() {
    return getDraft().problems().stream()
        .map(p -> messages.text(p.messageKey(), p.arguments().toArray()))
        .toList();
  }

  public QuestionDraft getDraft() {
    if (draft == null) {
      draft = DraftReading.read(form);
    }
    return draft;
  }

  /** Any change to the form: the draft is read again on the next render. */
  public void changed() {
    draft = null;
  }

  public void addAnswer() {
    form.addAnswer();
    changed();
  }

  public void removeAnswer(int index) {
    form.removeAnswer(index);
    changed();
  }

  public void addUnit() {
    form.addUnit();
    changed();
  }

  public void removeUnit(int index) {
    form.removeUnit(index);
    changed();
  }

  /** A certification changed: a subject of another certification no longer applies. */
  public void certificationChanged() {
    form.getMetadata().setSubject(null);
    changed();
  }

  private void show(FormProblem problem) {
    String clientId = problem.field().isEmpty() ? null : FORM + ":" + problem.field();
    boolean known =
        clientId != null
            && FacesContext.getCurrentInstance().getViewRoot().findComponent(":" + clientId)
                != null;
    messages.error(known ? clientId : null, problem.messageKey(), problem.arguments().toArray());
  }

  /** A time as people in Japan read it, e.g. 2026-12-03 17:00. */
  public String inTokyo(Instant time) {
    return TOKYO_MINUTES.format(time);
  }

  public boolean isEditable() {
    return rights != null && rights.mayEdit(authorId);
  }

  public List<QuestionStatus> getStatusChoices() {
    return rights == null ? List.of() : rights.statusChoices(storedStatus);
  }

  /** The certification's subjects, and the question's own if the blueprint has no such one. */
  public List<String> getSubjects() {
    String code = form.getMetadata().getCertification();
    List<String> subjects =
        new ArrayList<>(
            certifications.stream()
                .filter(option -> option.code().equals(code))
                .findFirst()
                .map(CertificationOption::subjects)
                .orElse(List.of()));
    String subject = form.getMetadata().getSubject();
    if (subject != null && !subjects.contains(subject)) {
      subjects.add(subject);
    }
    return subjects;
  }

  /**
   * The blueprints' certifications, and the question's own if it names one no blueprint has (an
   * import may), so that opening and saving such a question keeps it.
   */
  public List<CertificationOption> getCertifications() {
    String code = form.getMetadata().getCertification();
    if (code == null || certifications.stream().anyMatch(o -> o.code().equals(code))) {
      return certifications;
    }
    List<CertificationOption> options = new ArrayList<>(certifications);
    options.add(new CertificationOption(code, code, code, List.of()));
    return options;
  }

  public List<QuestionType> getTypes() {
    return List.of(QuestionType.values());
  }

  public List<TextFormat> getTextFormats() {
    return List.of(TextFormat.values());
  }

  public List<Integer> getLevels() {
    return List.of(1, 2, 3, 4, 5);
  }

  /** The maxlength of the stem, feedback, explanation and essay texts. */
  public int getTextLimit() {
    return ContentLimits.TEXT;
  }

  /** The maxlength of each choice, answer, feedback on one answer and item. */
  public int getPartLimit() {
    return ContentLimits.PART;
  }

  public boolean isCreating() {
    return id == null;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public long getRevision() {
    return revision;
  }

  public QuestionForm getForm() {
    return form;
  }

  public List<VersionRow> getVersions() {
    return versions;
  }
}
