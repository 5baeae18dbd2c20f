package jp.wlink.web.questions;

import java.io.Serializable;
import java.util.List;
import jp.wlink.question.certification.Blueprint;
import jp.wlink.question.certification.BlueprintSubject;

/**
 * A certification for the metadata pickers, from its blueprint. Questions name it by the
 * blueprint's code, which stays when an administrator renames the blueprint.
 */
public record CertificationOption(String code, String name, String nameEn, List<String> subjects)
    implements Serializable {
  public CertificationOption {
    subjects = List.copyOf(subjects);
  }

  public static CertificationOption of(Blueprint blueprint) {
    return new CertificationOption(
        blueprint.getCode(),
        blueprint.getName(),
        blueprint.getNameEn(),
        blueprint.getSubjects().stream().map(BlueprintSubject::getName).toList());
  }

  /** The name in the page's language: English pages show the English name. */
  public String label(String language) {
    return "en".equals(language) ? nameEn : name;
  }
}
