package jp.wlink.web.exams;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.wlink.question.certification.ThresholdKind;
import jp.wlink.web.i18n.Messages;

/**
 * 出題基準の編集: administrators change a blueprint's subjects, question counts, minimums, time limit,
 * sources and note. Problems are listed by field and nothing is stored until all are fixed.
 */
@Named
@ViewScoped
public class BlueprintAdminPage implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final String FORM = "blueprintAdmin:";

  @Inject private BlueprintEditing editing;
  @Inject private Messages messages;

  private List<BlueprintForm> blueprints;
  private BlueprintForm selected;

  @PostConstruct
  void load() {
    blueprints = editing.forms();
  }

  public void select(long blueprintId) {
    selected = editing.form(blueprintId).orElse(null);
  }

  public void addSubject() {
    selected.addSubject();
  }

  public void removeSubject(BlueprintForm.SubjectRow row) {
    selected.removeSubject(row);
  }

  public void save() {
    List<BlueprintForm.Problem> problems = selected.problems();
    if (!problems.isEmpty()) {
      problems.forEach(p -> messages.error(FORM + p.field(), p.key(), p.args().toArray()));
      messages.error(null, "blueprint.notSaved");
      return;
    }
    BlueprintEditing.Outcome outcome = editing.save(selected);
    if (outcome == BlueprintEditing.Outcome.SAVED) {
      messages.info("blueprint.saved", selected.getName());
      load();
      select(selected.getId());
      return;
    }
    messages.error(null, "blueprint.outcome." + outcome.name());
  }

  public List<BlueprintForm> getBlueprints() {
    return blueprints;
  }

  public BlueprintForm getSelected() {
    return selected;
  }

  public List<ThresholdKind> getKinds() {
    return List.of(ThresholdKind.values());
  }
}
