package dev.dddgen.stack.go;

import dev.dddgen.model.DomainModel;
import dev.dddgen.model.Field;
import dev.dddgen.model.FieldType;
import dev.dddgen.model.Samples;
import dev.dddgen.model.Scalar;
import dev.dddgen.model.ValueObject;
import dev.dddgen.stack.go.GoDomainViews.PartCheck;
import dev.dddgen.stack.go.GoDomainViews.TestCase;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The views of the value objects' generated tests (go/domain/shared/value_object_*_test). */
final class ValueObjectTestViews {
  private ValueObjectTestViews() {}

  static GoDomainViews.SimpleValueObjectTest simple(GoProject p, ValueObject vo) {
    DomainModel model = p.model();
    Field wrapped = vo.wrapped();
    GoTypes types = GoTypes.ofShared(model, wrapped, vo.name());
    String enumType = DomainTestsValues.sharedEnum(vo, wrapped);
    String valid = Samples.valid(model, wrapped);
    String sample = DomainTestsValues.literal(model, wrapped, valid, enumType);
    List<TestCase> cases = new ArrayList<>();
    cases.add(new TestCase(GoNames.quote("valid"), sample, Optional.empty()));
    Samples.invalid(model, wrapped)
        .ifPresent(
            bad ->
                cases.add(
                    new TestCase(
                        GoNames.quote("invalid"),
                        DomainTestsValues.literal(model, wrapped, bad, enumType),
                        Optional.of("[]string{\"\"}"))));
    Optional<GoDomainViews.Redaction> pii =
        vo.pii()
            ? Optional.of(
                new GoDomainViews.Redaction(
                    sample, valid.length() > 3 ? List.of(sample) : List.of()))
            : Optional.empty();
    return new GoDomainViews.SimpleValueObjectTest(
        vo.name(),
        ValueObjectViews.receiver(vo),
        // The command type is a pointer to the value as other packages spell it.
        types.command().substring(1),
        List.copyOf(cases),
        DomainFields.scalar(wrapped) == Scalar.DECIMAL,
        pii);
  }

  static GoDomainViews.CompositeValueObjectTest composite(GoProject p, ValueObject vo) {
    DomainModel model = p.model();
    List<TestCase> cases = new ArrayList<>();
    cases.add(
        new TestCase(
            GoNames.quote("valid"),
            DomainTestsValues.params(model, vo, false, null, false),
            Optional.empty()));
    if (vo.fields().stream().anyMatch(Field::omittable)) {
      cases.add(
          new TestCase(
              GoNames.quote("every part set"),
              DomainTestsValues.params(model, vo, true, null, false),
              Optional.empty()));
    }
    for (String path : DomainTestsValues.invalidPaths(model, vo)) {
      cases.add(
          new TestCase(
              GoNames.quote(path + " invalid"),
              DomainTestsValues.params(model, vo, false, path, false),
              Optional.of(DomainTestsValues.stringList(List.of(path)))));
    }
    List<String> required =
        vo.fields().stream().filter(part -> !part.omittable()).map(Field::name).toList();
    if (!required.isEmpty()) {
      cases.add(
          new TestCase(
              GoNames.quote("every part missing"),
              "shared." + vo.name() + "Params{}",
              Optional.of(DomainTestsValues.stringList(required))));
    }
    List<PartCheck> checks = new ArrayList<>();
    for (Field part : vo.fields()) {
      // An omittable part is not set by the valid case; a composite one is checked by its own test.
      if (part.omittable() || DomainTestsValues.composite(model, part)) {
        continue;
      }
      Field leaf =
          part.type() instanceof FieldType.ValueObjectType vot
              ? model.valueObject(vot.name()).orElseThrow().wrapped()
              : part;
      checks.add(
          new PartCheck(
              GoNames.exported(part.name()),
              part.type() instanceof FieldType.ValueObjectType,
              DomainFields.scalar(leaf) == Scalar.DECIMAL));
    }
    return new GoDomainViews.CompositeValueObjectTest(
        vo.name(), ValueObjectViews.receiver(vo), List.copyOf(cases), List.copyOf(checks));
  }
}
