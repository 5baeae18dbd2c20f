package jp.wlink.web.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.PropertyNotWritableException;
import jakarta.el.VariableMapper;
import org.junit.jupiter.api.Test;

class RecordResolverTest {
  private final RecordResolver resolver = new RecordResolver();

  private record Slot(int position, String subject) {}

  @Test
  void readsARecordsComponentByName() {
    ELContext context = context();

    Object subject = resolver.getValue(context, new Slot(3, "法規"), "subject");

    assertThat(subject).isEqualTo("法規");
    assertThat(context.isPropertyResolved()).isTrue();
  }

  @Test
  void leavesOtherObjectsAndUnknownNamesToTheNextResolver() {
    ELContext context = context();

    assertThat(resolver.getValue(context, "text", "length")).isNull();
    assertThat(resolver.getValue(context, new Slot(1, "x"), "score")).isNull();
    assertThat(context.isPropertyResolved()).isFalse();
  }

  @Test
  void neverWritesARecord() {
    ELContext context = context();

    assertThat(resolver.isReadOnly(context, new Slot(1, "x"), "position")).isTrue();
    assertThatThrownBy(() -> resolver.setValue(context, new Slot(1, "x"), "position", 2))
        .isInstanceOf(PropertyNotWritableException.class);
  }

  /** A bare context: the resolver under test needs only its "resolved" mark. */
  private static ELContext context() {
    return new ELContext() {
      @Override
      public ELResolver getELResolver() {
        return null;
      }

      @Override
      public FunctionMapper getFunctionMapper() {
        return null;
      }

      @Override
      public VariableMapper getVariableMapper() {
        return null;
      }
    };
  }
}
