package jp.wlink.web.api;

import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A login attempt through the API. A class rather than a record: Payara 6's OpenAPI scanner fails
 * on constraints on constructor parameters, which a record's components also are.
 */
@Schema(name = "Credentials")
public class Credentials {
  @NotBlank(message = "validation.required")
  private String email;

  @NotBlank(message = "validation.required")
  @Schema(format = "password")
  private String password;

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
