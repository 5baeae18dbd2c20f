package jp.wlink.web.organisation;

/** Thrown when a new organisation would take a name that another organisation already has. */
public class DuplicateOrganisationName extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public DuplicateOrganisationName(String name) {
    super("An organisation with this name exists already: " + name);
  }
}
