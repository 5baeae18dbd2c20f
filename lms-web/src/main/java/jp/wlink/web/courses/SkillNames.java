package jp.wlink.web.courses;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import jp.wlink.web.i18n.SupportedLocale;

/**
 * The names people read for skills. Courses and the question bank tag by skill id ({@code
 * josui.coagulation}); pages show the name from the bundle {@value #BUNDLE} in the page's language
 * (凝集, Coagulation), and the id itself for a skill that has no name there yet.
 */
@Named
@ApplicationScoped
public class SkillNames {
  // LIMITATION: names ship in a bundle; an author cannot name a new skill on a page (no table yet).
  static final String BUNDLE = "jp.wlink.web.i18n.skills";

  /** The skill's name in the current page's language. */
  public String name(String skill) {
    return name(currentLocale(), skill);
  }

  public String name(Locale locale, String skill) {
    ResourceBundle names = ResourceBundle.getBundle(BUNDLE, locale);
    return skill != null && names.containsKey(skill) ? names.getString(skill) : skill;
  }

  /**
   * A reason's message arguments with every skill id named; the policy passes skill ids as its only
   * text arguments, so numbers stay as they are.
   */
  public Object[] named(List<Object> arguments) {
    return named(currentLocale(), arguments);
  }

  public Object[] named(Locale locale, List<Object> arguments) {
    return arguments.stream().map(a -> a instanceof String s ? name(locale, s) : a).toArray();
  }

  private static Locale currentLocale() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces == null || faces.getViewRoot() == null) {
      return SupportedLocale.DEFAULT.locale();
    }
    return faces.getViewRoot().getLocale();
  }
}
