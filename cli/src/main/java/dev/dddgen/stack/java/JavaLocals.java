package dev.dddgen.stack.java;

import com.palantir.javapoet.NameAllocator;
import dev.dddgen.stack.java.JavaProject.JEntity;
import dev.dddgen.stack.java.JavaProject.JField;
import java.util.List;

/**
 * The names one generated method declares, allocated with JavaPoet's {@link NameAllocator}: the
 * names its statements spell (its fixed parameters, locals and the fields it reads) first, so they
 * keep their spelling, then the definition's fields and parts, which take a {@code _} suffix when
 * they would clash with one of them or with each other's derived locals ({@code statusConstant}).
 * One instance per method: a name is only taken where it is declared.
 */
final class JavaLocals {
  private final NameAllocator names = new NameAllocator();

  private JavaLocals() {}

  /** A method whose statements spell {@code fixed}: each keeps its name. */
  static JavaLocals around(String... fixed) {
    JavaLocals locals = new JavaLocals();
    for (String name : fixed) {
      String allocated = locals.names.newName(name, name);
      if (!allocated.equals(name)) {
        throw new IllegalArgumentException("not a usable fixed local: " + name);
      }
    }
    return locals;
  }

  /** Allocates a name for each field, after the fixed names; {@link #of} gives it. */
  JavaLocals fields(List<JField> fields) {
    fields.forEach(f -> names.newName(f.ident(), f));
    return this;
  }

  /** Allocates a name for each child entity list, after the fixed names and the fields. */
  JavaLocals entities(List<JEntity> entities) {
    entities.forEach(e -> names.newName(e.ident(), e));
    return this;
  }

  /** The name allocated for a field or an entity list. */
  String of(JField field) {
    return names.get(field);
  }

  String of(JEntity entity) {
    return names.get(entity);
  }

  /** A further local the method derives (a checked value, a list of checked items): unique. */
  String derived(String suggestion) {
    return names.newName(suggestion);
  }
}
