package jp.wlink.web.exams;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Marks a question for review ({@code true}) or clears the mark. */
@Schema(name = "FlagRequest")
public class FlagRequest {
  private Boolean flagged;

  public Boolean getFlagged() {
    return flagged;
  }

  public void setFlagged(Boolean flagged) {
    this.flagged = flagged;
  }
}
