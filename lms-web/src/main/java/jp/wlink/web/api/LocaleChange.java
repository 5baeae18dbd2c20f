package jp.wlink.web.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A change to the caller's language: {@code ja} or {@code en}. A class for the same reason as
 * {@link Credentials}.
 */
@Schema(name = "LocaleChange")
public class LocaleChange {
  @NotNull(message = "validation.required")
  @Pattern(regexp = "ja|en", message = "api.locale.unsupported")
  @Schema(enumeration = {"ja", "en"})
  private String locale;

  public String getLocale() {
    return locale;
  }

  public void setLocale(String locale) {
    this.locale = locale;
  }
}
