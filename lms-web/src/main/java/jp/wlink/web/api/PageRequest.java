package jp.wlink.web.api;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/**
 * Which page of a list the caller wants: {@code page} from 1 (up to 999999), {@code size} from 1 to
 * 100. Both are read as text and checked here, because JAX-RS answers a number it cannot parse with
 * 404.
 */
public class PageRequest {
  static final int LARGEST_SIZE = 100;

  @QueryParam("page")
  @DefaultValue("1")
  @Pattern(regexp = "[1-9][0-9]{0,5}", message = "api.page.invalid")
  private String page;

  @QueryParam("size")
  @DefaultValue("20")
  @Pattern(regexp = "[1-9][0-9]?|100", message = "api.size.invalid")
  private String size;

  public PageRequest() {}

  PageRequest(String page, String size) {
    this.page = page;
    this.size = size;
  }

  int page() {
    return Integer.parseInt(page);
  }

  int size() {
    return Integer.parseInt(size);
  }

  /** The position of the page's first item, counted from zero. */
  int first() {
    return (page() - 1) * size();
  }
}
