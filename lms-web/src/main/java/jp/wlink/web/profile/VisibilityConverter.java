package jp.wlink.web.profile;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

/**
 * Turns a visibility select's value into a {@link Visibility}. The selects write into a map, where
 * Faces cannot infer the enum type by itself.
 */
@FacesConverter("wlink.visibility")
public class VisibilityConverter implements Converter<Visibility> {
  @Override
  public Visibility getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Visibility.valueOf(value);
    } catch (IllegalArgumentException unknown) {
      throw new ConverterException("Unknown visibility", unknown);
    }
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, Visibility value) {
    return value == null ? "" : value.name();
  }
}
