package jp.wlink.web.home;

import java.util.Locale;

/** The three zones W/LINK is organised by: recruiting, retaining and growing people. */
public enum Zone {
  RECRUIT,
  RETAIN,
  GROW;

  public String getMessageKey() {
    return "zone." + name().toLowerCase(Locale.ROOT);
  }
}
