package jp.wlink.web.profile;

/**
 * A part of a profile whose visibility the owner chooses. The real name is deliberately not one: it
 * is never shown to other members, whatever the owner picks.
 */
public enum ProfileField {
  ORGANISATION("organisation"),
  AFFILIATION("affiliation"),
  JOB_TYPE("jobType"),
  PREFECTURE("prefecture"),
  YEARS_OF_EXPERIENCE("years"),
  CERTIFICATIONS("certifications"),
  INTERESTS("interests");

  private final String inputName;

  ProfileField(String inputName) {
    this.inputName = inputName;
  }

  /** The id of the field's input on the profile form; its visibility select adds "Visibility". */
  public String inputName() {
    return inputName;
  }

  public String getMessageKey() {
    return "profile.field." + inputName;
  }
}
