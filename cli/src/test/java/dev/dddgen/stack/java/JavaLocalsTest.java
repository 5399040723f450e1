package dev.dddgen.stack.java;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dddgen.stack.java.JavaProject.JField;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A method's locals: the names its statements spell keep them, the definition's fields give way
 * with a suffix, and a derived local never takes a field's name. JavaBuildTest compiles the shapes
 * (java/edge.yaml's Ledger and Probe); this pins the allocation itself.
 */
class JavaLocalsTest {
  private static JField field(String ident) {
    return new JField(null, ident, ident, null, null, null, null, null, null, null, null);
  }

  @Test
  void aFieldNamedLikeAFixedLocalGivesWayAndTheFixedOneKeepsItsName() {
    JField validator = field("validator");
    JField title = field("title");
    JavaLocals names = JavaLocals.around("validator", "now").fields(List.of(validator, title));

    assertThat(names.of(validator)).isEqualTo("validator_");
    assertThat(names.of(title)).isEqualTo("title");
  }

  @Test
  void aDerivedLocalNeverTakesAFieldsName() {
    JField mode = field("mode");
    JField modeConstant = field("modeConstant");
    JavaLocals names = JavaLocals.around().fields(List.of(mode, modeConstant));

    assertThat(names.derived(names.of(mode) + "Constant")).isEqualTo("modeConstant_");
    assertThat(names.derived("modeConstant")).isEqualTo("modeConstant__");
  }

  @Test
  void theSameFieldIsNamedAloneInEachMethod() {
    JField limit = field("limit");

    assertThat(JavaLocals.around("limit").fields(List.of(limit)).of(limit)).isEqualTo("limit_");
    assertThat(JavaLocals.around("now").fields(List.of(limit)).of(limit)).isEqualTo("limit");
  }

  @Test
  void aFixedNameThatIsNoJavaIdentifierIsRefused() {
    assertThatThrownBy(() -> JavaLocals.around("class"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("class");
  }
}
