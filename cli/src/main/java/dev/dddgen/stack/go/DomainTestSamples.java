package dev.dddgen.stack.go;

import dev.dddgen.api.Scenarios;
import dev.dddgen.model.Aggregate;
import dev.dddgen.model.DomainModel;
import dev.dddgen.model.Entity;
import dev.dddgen.model.Field;
import dev.dddgen.model.FieldType;
import dev.dddgen.model.Samples;
import dev.dddgen.model.Scalar;
import dev.dddgen.model.ValueObject;
import java.util.ArrayList;
import java.util.List;

/**
 * The sample values of an aggregate's domain test as Go expressions of its parameter types, enums
 * spelled as package {@code ref} exports them ({@code order.StatusPending}).
 */
record DomainTestSamples(DomainModel model, Aggregate aggregate, String ref) {
  /** {@code text} as a Go value of {@code f} (of child entity {@code owner}, or null). */
  String literal(String owner, Field f, String text) {
    String enumType = GoTypes.enumTypeName(aggregate, owner, f);
    return DomainTestsValues.literal(
        model, f, text, enumType == null ? null : ref + "." + enumType);
  }

  /** {@code text} as a parameter of {@code f}: a pointer to its value. */
  String of(String owner, Field f, String text) {
    return "ptr(" + literal(owner, f, text) + ")";
  }

  /** A valid parameter of {@code f}; a composite's required parts, or {@code every} part. */
  String valid(String owner, Field f, boolean every) {
    if (DomainTestsValues.composite(model, f)) {
      return DomainTestsValues.params(model, DomainTestsValues.vo(model, f), every, null, true);
    }
    return of(owner, f, Samples.valid(model, f));
  }

  /** The parameter of the api's invalid value: a composite with its one part broken. */
  String invalid(String owner, Scenarios.InvalidValue invalid) {
    Field f = invalid.field();
    if (invalid.part().isPresent()) {
      return DomainTestsValues.params(
          model, DomainTestsValues.vo(model, f), false, invalid.part().get(), true);
    }
    return of(owner, f, Samples.invalid(model, f).orElseThrow());
  }

  /** An invalid value of {@code part} of composite value object {@code vo}, as a parameter. */
  String invalidPart(ValueObject vo, Field part) {
    return "ptr("
        + DomainTestsValues.literal(
            model,
            part,
            Samples.invalid(model, part).orElseThrow(),
            DomainTestsValues.sharedEnum(vo, part))
        + ")";
  }

  /** A child entity's parameters holding its required fields: {@code {ProductID: ptr(...)}}. */
  String entityItem(Entity e) {
    List<String> parts = new ArrayList<>();
    for (Field f : Scenarios.required(e.fields())) {
      parts.add(GoNames.exported(f.name()) + ": " + valid(e.name(), f, false));
    }
    return "{" + String.join(", ", parts) + "}";
  }

  static boolean isTimestamp(Field f) {
    return f.type() instanceof FieldType.Builtin b && b.scalar() == Scalar.TIMESTAMP;
  }
}
