package dev.dddgen.stack.go;

import dev.dddgen.model.Field;
import dev.dddgen.model.FieldType;
import dev.dddgen.model.ValueObject;
import dev.dddgen.naming.Names;
import dev.dddgen.stack.go.GoDomainViews.Check;
import dev.dddgen.stack.go.GoDomainViews.Var;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The views of the value objects of package shared (go/domain/shared/value_object_*). */
final class ValueObjectViews {
  private ValueObjectViews() {}

  /**
   * The value object's receiver, in every view of it: p, v and o are the constructor's parameter
   * and validator and Equal's parameter.
   */
  static String receiver(ValueObject vo) {
    String lower = vo.name().toLowerCase(Locale.ROOT);
    String receiver = lower.substring(0, 1);
    // Not t: the generated tests name their *testing.T so.
    if (receiver.equals("p")
        || receiver.equals("v")
        || receiver.equals("o")
        || receiver.equals("t")) {
      receiver = lower.length() > 1 ? lower.substring(0, 2) : receiver + "x";
    }
    return receiver;
  }

  static GoDomainViews.SimpleValueObject simple(GoProject p, ValueObject vo) {
    Field wrapped = vo.wrapped();
    GoTypes types = GoTypes.ofShared(p.model(), wrapped, vo.name());
    List<Var> vars = new ArrayList<>();
    List<Check> checks =
        DomainAssignments.checks(wrapped, "", "value", Names.lowerFirst(vo.name()), "", vars);
    if (types.enumType() != null) {
      checks.add(DomainAssignments.oneOf("", "", "value", types.enumType()));
    }
    String doc =
        vo.name()
            + " is a value object wrapping a "
            + types.domain()
            + "."
            + (vo.pii()
                ? " It is personal data: String, GoString and LogValue print \"[REDACTED]\"; use"
                    + " Value to read it."
                : "");
    return new GoDomainViews.SimpleValueObject(
        vo.name(),
        receiver(vo),
        DomainContext.article(vo.name()),
        vo.pii(),
        types.domain(),
        DomainDocs.lines(doc),
        GoDomainViews.Vars.of(vars),
        List.copyOf(checks));
  }

  static GoDomainViews.CompositeValueObject composite(GoProject p, ValueObject vo) {
    String receiver = receiver(vo);
    String prefix = Names.lowerFirst(vo.name());
    List<Var> vars = new ArrayList<>();
    List<GoDomainViews.Field> fields = new ArrayList<>();
    List<GoDomainViews.Part> parts = new ArrayList<>();
    List<String> partNames = new ArrayList<>();
    List<String> equal = new ArrayList<>();
    for (Field field : vo.fields()) {
      GoTypes types = GoTypes.ofShared(p.model(), field, vo.name());
      String enumType =
          field.type() instanceof FieldType.Enumeration
              ? vo.name() + GoNames.exported(field.name())
              : null;
      String defaultLiteral =
          field
              .defaultValue()
              .map(d -> enumType != null ? enumType + Names.pascal(d.toLowerCase(Locale.ROOT)) : d)
              .orElse("");
      fields.add(
          DomainAssignments.field(
              field,
              types,
              receiver,
              receiver,
              "",
              prefix + GoNames.exported(field.name()),
              enumType,
              defaultLiteral,
              vars));
      parts.add(
          new GoDomainViews.Part(
              GoNames.local(field.name()), types.domain(), parts.size() == vo.fields().size() - 1));
      partNames.add(GoNames.quote(field.name()));
      equal.add(DomainFields.equal(p.model(), field, receiver));
    }
    return new GoDomainViews.CompositeValueObject(
        vo.name(),
        receiver,
        DomainContext.article(vo.name()),
        GoDomainViews.Vars.of(vars),
        List.copyOf(fields),
        List.copyOf(parts),
        String.join(", ", partNames),
        String.join(" && ", equal));
  }
}
