package jp.wlink.web.platform;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotWritableException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Optional;

/**
 * Lets pages read a record's components by name ({@code #{question.stem}}), which Jakarta EL 5
 * cannot: it only knows getters, and records have none. Records are values, so nothing is written.
 */
public class RecordResolver extends ELResolver {

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    Optional<Method> accessor = accessor(base, property);
    if (accessor.isEmpty()) {
      return null;
    }
    context.setPropertyResolved(base, property);
    try {
      return accessor.get().invoke(base);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new ELException("Cannot read " + property + " of " + base.getClass().getName(), e);
    }
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    if (accessor(base, property).isPresent()) {
      context.setPropertyResolved(base, property);
    }
    return null;
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {
    if (accessor(base, property).isPresent()) {
      throw new PropertyNotWritableException(property + " of a record cannot change");
    }
  }

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    if (accessor(base, property).isPresent()) {
      context.setPropertyResolved(base, property);
      return true;
    }
    return false;
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    return base instanceof Record ? String.class : null;
  }

  private static Optional<Method> accessor(Object base, Object property) {
    if (!(base instanceof Record) || !(property instanceof String name)) {
      return Optional.empty();
    }
    return Arrays.stream(base.getClass().getRecordComponents())
        .filter(component -> component.getName().equals(name))
        .map(RecordResolver::readable)
        .findFirst();
  }

  /**
   * A record nested in a non-public type has accessors that reflection may not call as they are.
   */
  private static Method readable(RecordComponent component) {
    Method accessor = component.getAccessor();
    accessor.trySetAccessible();
    return accessor;
  }
}
