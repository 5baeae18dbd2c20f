package jp.wlink.web.courses;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import jp.wlink.course.skills.Skill;
import jp.wlink.course.skills.SkillCatalogue;
import jp.wlink.course.skills.SkillName;
import jp.wlink.web.i18n.SupportedLocale;

/**
 * The names people read for skills. Courses and the question bank tag by skill id ({@code
 * josui.coagulation}); pages show the name from the skill catalogue in the page's language (凝集,
 * Coagulation), and the id itself for a skill the catalogue does not name. The names are held in
 * memory, read again after a change on this server and at least every {@link #FRESH}.
 */
@Named
@ApplicationScoped
public class SkillNames {
  // LIMITATION: another server sees a rename only when its copy expires (FRESH), not at once.
  static final Duration FRESH = Duration.ofMinutes(1);

  @Inject private SkillCatalogue catalogue;

  private final Clock clock;
  private Supplier<Map<String, SkillName>> source;
  private volatile Loaded loaded;

  private record Loaded(Map<String, SkillName> names, Instant at) {}

  public SkillNames() {
    this.clock = Clock.systemUTC();
  }

  /** Over names from anywhere, for tests. */
  SkillNames(Supplier<Map<String, SkillName>> source, Clock clock) {
    this.source = Objects.requireNonNull(source, "source");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The skill's name in the current page's language. */
  public String name(String skill) {
    return name(currentLocale(), skill);
  }

  public String name(Locale locale, String skill) {
    SkillName name = skill == null ? null : names().get(skill);
    if (name == null) {
      return skill;
    }
    boolean english = SupportedLocale.ENGLISH.locale().getLanguage().equals(locale.getLanguage());
    return english ? name.inEnglish() : name.japanese();
  }

  /** Whether the catalogue names the skill; an author is offered to name it when not. */
  public boolean isNamed(String skill) {
    return skill != null && names().containsKey(skill);
  }

  /** Forgets the names held, so the next page reads the catalogue again (after a change). */
  public void refresh() {
    loaded = null;
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

  private Map<String, SkillName> names() {
    Loaded current = loaded;
    Instant now = clock.instant();
    if (current == null || current.at().plus(FRESH).isBefore(now)) {
      current = new Loaded(Map.copyOf(read()), now);
      loaded = current;
    }
    return current.names();
  }

  private Map<String, SkillName> read() {
    if (source != null) {
      return source.get();
    }
    return byId(catalogue.all());
  }

  static Map<String, SkillName> byId(List<Skill> skills) {
    return skills.stream().collect(Collectors.toMap(Skill::getId, Skill::getName));
  }

  private static Locale currentLocale() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces == null || faces.getViewRoot() == null) {
      return SupportedLocale.DEFAULT.locale();
    }
    return faces.getViewRoot().getLocale();
  }
}
