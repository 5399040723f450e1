package dev.dddgen.stack.go;

import dev.dddgen.model.Constraints;
import dev.dddgen.model.Field;
import dev.dddgen.model.FieldType;
import dev.dddgen.model.Scalar;
import dev.dddgen.stack.go.GoDomainViews.Check;
import dev.dddgen.stack.go.GoDomainViews.ParamValidation;
import dev.dddgen.stack.go.GoDomainViews.ValueObjectInput;
import dev.dddgen.stack.go.GoDomainViews.Var;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The parts of the domain views that validate and assign fields: the checks of a field's
 * constraints, a field as a constructor assigns it, an action parameter's validation. Statements
 * are the templates' (go/partials/assign_field, check, validate_param); these are their names and
 * expressions.
 */
final class DomainAssignments {
  private DomainAssignments() {}

  /**
   * The validator calls for the constraints of {@code field}, on {@code value}; the package-level
   * vars they need (patterns, decimal bounds, named {@code varPrefix}...) are added to {@code
   * vars}.
   *
   * @param label the name reported ("" for simple value objects)
   * @param shared how package shared is spelled ("" inside it)
   */
  static List<Check> checks(
      Field field, String label, String value, String varPrefix, String shared, List<Var> vars) {
    List<Check> checks = new ArrayList<>();
    Constraints c = field.constraints();
    String q = GoNames.quote(label);
    c.minLength().ifPresent(n -> checks.add(method("MinLength", q, value, String.valueOf(n))));
    c.maxLength().ifPresent(n -> checks.add(method("MaxLength", q, value, String.valueOf(n))));
    Scalar s = DomainFields.scalar(field);
    if (s == Scalar.DECIMAL) {
      c.min()
          .ifPresent(
              m -> {
                vars.add(new Var(varPrefix + "Min", DomainFields.decimal(m, shared)));
                checks.add(method("MinDecimal", q, value, varPrefix + "Min"));
              });
      c.max()
          .ifPresent(
              m -> {
                vars.add(new Var(varPrefix + "Max", DomainFields.decimal(m, shared)));
                checks.add(method("MaxDecimal", q, value, varPrefix + "Max"));
              });
    } else {
      String n = s == Scalar.INT ? "int64(" + value + ")" : value;
      c.min().ifPresent(m -> checks.add(method("Min", q, n, m.toPlainString())));
      c.max().ifPresent(m -> checks.add(method("Max", q, n, m.toPlainString())));
    }
    c.pattern()
        .ifPresent(
            p -> {
              vars.add(
                  new Var(varPrefix + "Pattern", "regexp.MustCompile(" + GoNames.raw(p) + ")"));
              checks.add(method("Pattern", q, value, varPrefix + "Pattern"));
            });
    return checks;
  }

  private static Check method(String name, String label, String value, String bound) {
    return new Check("v." + name, false, label, value, bound);
  }

  /** The check that {@code value} is one of the enum type's values. */
  static Check oneOf(String shared, String label, String value, String enumType) {
    return new Check(shared + "OneOf", true, GoNames.quote(label), value, enumType + "Values()");
  }

  /**
   * A field as a constructor assigns it from {@code p} into {@code target} (next, or the value
   * object's receiver).
   *
   * @param shared {@code "shared."} or {@code ""}
   * @param varPrefix prefix of the package-level vars its checks need
   * @param enumType the field's enum type, or null
   */
  static GoDomainViews.Field field(
      Field field,
      GoTypes types,
      String receiver,
      String target,
      String shared,
      String varPrefix,
      String enumType,
      String defaultLiteral,
      List<Var> vars) {
    String name = field.name();
    String local = GoNames.local(name);
    String exported = GoNames.exported(name);
    String voName = field.type() instanceof FieldType.ValueObjectType vot ? vot.name() : null;
    boolean required = !field.optional() && field.defaultValue().isEmpty();
    boolean defaulted = field.defaultValue().isPresent();
    boolean optionalVo = !required && !defaulted && voName != null;
    boolean optionalPlain = !required && !defaulted && voName == null;
    boolean timestamp = DomainFields.scalar(field) == Scalar.TIMESTAMP;
    Optional<ValueObjectInput> valueObject =
        voName == null
            ? Optional.empty()
            : Optional.of(
                new ValueObjectInput(
                    DomainFields.voLocal(voName, target), shared + "New" + voName));
    String checked;
    String value;
    if (required) {
      checked = local;
      value =
          voName != null
              ? DomainFields.voLocal(voName, target)
              : timestamp ? normalize(shared, local) : local;
    } else if (defaulted) {
      checked = target + "." + local;
      value = shared + "ValueOr(p." + exported + ", " + defaultLiteral + ")";
      value = timestamp ? normalize(shared, value) : value;
    } else if (optionalPlain) {
      checked = "*p." + exported;
      value =
          (timestamp ? shared + "NormalizeTimePtr" : shared + "CopyPtr") + "(p." + exported + ")";
    } else {
      checked = "";
      value = "";
    }
    List<Check> checks =
        optionalVo ? new ArrayList<>() : checks(field, name, checked, varPrefix, shared, vars);
    if (enumType != null && !optionalVo) {
      checks.add(oneOf(shared, name, checked, enumType));
    }
    return new GoDomainViews.Field(
        name,
        exported,
        local,
        field.optional() && field.defaultValue().isEmpty(),
        types.domain(),
        types.param(),
        target,
        shared,
        required,
        defaulted,
        optionalPlain,
        optionalVo,
        List.copyOf(checks),
        required || optionalVo ? valueObject : Optional.empty(),
        value,
        DomainFields.getter(field, receiver, shared),
        DomainFields.logAttr(field, receiver, shared));
  }

  private static String normalize(String shared, String value) {
    return shared + "NormalizeTime(" + value + ")";
  }

  /**
   * How an action validates a parameter, or empty when it does nothing with it. A parameter the
   * method goes on to use ({@code used}: an assigned field, an event field) is bound to a local of
   * its name: the value for a required or defaulted one, a copy of the pointer for an optional one.
   * An unused one is only checked.
   */
  static Optional<ParamValidation> validation(
      Field param, String enumType, boolean used, String varPrefix, List<Var> vars) {
    String local = GoNames.local(param.name());
    String input = "p." + GoNames.exported(param.name());
    boolean defaulted = param.defaultValue().isPresent();
    boolean optional = param.optional() && !defaulted;
    boolean loose = optional || (defaulted && !used);
    if (param.type() instanceof FieldType.ValueObjectType vo) {
      ValueObjectInput input1 =
          new ValueObjectInput(
              loose && !used ? "_" : DomainFields.voLocal(vo.name()), "shared.New" + vo.name());
      return Optional.of(
          new ParamValidation(
              used,
              loose ? Optional.of(input1) : Optional.empty(),
              loose ? Optional.empty() : Optional.of(input1),
              false,
              Optional.empty(),
              false,
              vo.name(),
              List.of()));
    }
    String checked = loose ? "*" + input : local;
    List<Check> checks = checks(param, param.name(), checked, varPrefix, "shared.", vars);
    if (enumType != null) {
      checks.add(oneOf("shared.", param.name(), checked, enumType));
    }
    if (loose && checks.isEmpty() && !used) {
      return Optional.empty();
    }
    return Optional.of(
        new ParamValidation(
            used,
            Optional.empty(),
            Optional.empty(),
            loose,
            !loose && defaulted
                ? Optional.of(DomainEntities.defaultLiteral(param, enumType))
                : Optional.empty(),
            !loose && !defaulted,
            "",
            List.copyOf(checks)));
  }
}
