package jp.wlink.web.questions;

import java.io.Serializable;

/** A unit of a numerical question as typed: its name and how many of it make one main unit. */
public class UnitRow implements Serializable {
  private static final long serialVersionUID = 1L;

  private String name = "";
  private String multiplier = "1";

  public UnitRow() {}

  UnitRow(String name, String multiplier) {
    this.name = name;
    this.multiplier = multiplier;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name == null ? "" : name;
  }

  public String getMultiplier() {
    return multiplier;
  }

  public void setMultiplier(String multiplier) {
    this.multiplier = multiplier == null ? "" : multiplier;
  }
}
