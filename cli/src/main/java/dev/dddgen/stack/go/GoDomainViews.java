package dev.dddgen.stack.go;

import java.util.List;
import java.util.Optional;

/**
 * The views of the Go domain templates (templates/go/domain/**): names, types, literals and single
 * expressions, never a statement, a line break or a tab (those are written in the templates and the
 * partials go/partials/assign_field, check, validate_param, effect, record and vars).
 * docs/templates.md documents every component; GoViewsDocTest keeps the two equal.
 */
final class GoDomainViews {
  private GoDomainViews() {}

  /** An enum type and its constants ({@code enum} of go/domain/enum). */
  record Enum(
      String packageName,
      String type,
      String receiver,
      String description,
      String valuesVar,
      String valuesFunc,
      List<Constant> constants) {}

  /** An enum constant: {@code value} is its Go string literal. */
  record Constant(String name, String value) {}

  /** The package-level vars a file declares: one alone, or several grouped. */
  record Vars(Optional<Var> single, Optional<VarGroup> grouped) {
    static Optional<Vars> of(List<Var> vars) {
      if (vars.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(
          vars.size() == 1
              ? new Vars(Optional.of(vars.get(0)), Optional.empty())
              : new Vars(Optional.empty(), Optional.of(new VarGroup(List.copyOf(vars)))));
    }
  }

  record VarGroup(List<Var> items) {}

  /** A package-level var: {@code value} is one expression (a compiled pattern, a bound). */
  record Var(String name, String value) {}

  /**
   * A validator call: {@code function(&v, label, value, bound)}, {@code &v} only when {@code
   * validator} (shared.OneOf takes the validator, v.MinLength is its method).
   */
  record Check(String function, boolean validator, String label, String value, String bound) {}

  /**
   * A field as its constructor assigns it (go/partials/assign_field) and its getter reads it. Which
   * of {@code required}, {@code defaulted}, {@code optionalPlain}, {@code optionalValueObject}
   * holds decides the statements; {@code value} is the expression assigned.
   */
  record Field(
      String name,
      String exported,
      String local,
      boolean optional,
      String domainType,
      String paramType,
      String target,
      String sharedRef,
      boolean required,
      boolean defaulted,
      boolean optionalPlain,
      boolean optionalValueObject,
      List<Check> checks,
      Optional<ValueObjectInput> valueObjectInput,
      String value,
      String getter,
      String logAttr) {
    public boolean hasChecks() {
      return !checks.isEmpty();
    }
  }

  /**
   * A value object built from a field's input: {@code voLocal} holds it, {@code constructor} builds
   * it.
   */
  record ValueObjectInput(String voLocal, String constructor) {}

  /** A simple value object ({@code valueObject} of go/domain/shared/value_object_simple). */
  record SimpleValueObject(
      String name,
      String receiver,
      String article,
      boolean pii,
      String valueType,
      List<String> doc,
      Optional<Vars> vars,
      List<Check> checks) {
    public boolean hasChecks() {
      return !checks.isEmpty();
    }
  }

  /** A composite value object ({@code valueObject} of go/domain/shared/value_object_composite). */
  record CompositeValueObject(
      String name,
      String receiver,
      String article,
      Optional<Vars> vars,
      List<Field> fields,
      List<Part> parts,
      String partNames,
      String equal) {}

  /** A part of a composite value object as a parameter; {@code last} takes no comma after it. */
  record Part(String local, String domainType, boolean last) {}

  /**
   * A simple value object's test ({@code valueObject} of
   * go/domain/shared/value_object_simple_test): {@code qualifiedValueType} is its wrapped type seen
   * from package shared_test; {@code decimal} compares with Equal.
   */
  record SimpleValueObjectTest(
      String name,
      String receiver,
      String qualifiedValueType,
      List<TestCase> cases,
      boolean decimal,
      Optional<Redaction> pii) {}

  /** A composite value object's test ({@code valueObject} of ..._composite_test). */
  record CompositeValueObjectTest(
      String name, String receiver, List<TestCase> cases, List<PartCheck> checks) {}

  /**
   * A table-test case: {@code name} a string literal, {@code value} the input (a literal), {@code
   * wantFields} the fields its ValidationError names ({@code []string{"amount"}}), if it fails.
   */
  record TestCase(String name, String value, Optional<String> wantFields) {}

  /** A sample of personal data and the literals its redacted forms must not show. */
  record Redaction(String sample, List<String> hidden) {}

  /**
   * A required part a valid case reads back: through {@code .Value()} when {@code wrapped} (a
   * simple value object), with Equal when {@code decimal}.
   */
  record PartCheck(String exported, boolean wrapped, boolean decimal) {}

  /** The aggregate root ({@code aggregate} of go/domain/entity). */
  record Entity(
      String packageName,
      String name,
      String table,
      String human,
      String article,
      String receiver,
      String constructor,
      List<String> constructorDoc,
      Optional<Vars> vars,
      List<Field> fields,
      List<ChildList> entities,
      List<Action> actions,
      Optional<Create> create,
      Optional<Update> update,
      Optional<Delete> delete) {}

  /** A child entity list of the aggregate root. */
  record ChildList(
      String name,
      String listName,
      String listLocal,
      String listExported,
      String itemVar,
      String paramsVar) {}

  /** An event a domain method records (go/partials/record). */
  record Recording(String recorder, String event, List<EventValue> values) {}

  /** An event field and the expression that fills it. */
  record EventValue(String exported, String value) {}

  /** A guard: {@code condition} is the Go expression that refuses the command. */
  record Guard(String condition, String sentinel) {}

  record Create(String name, Optional<Recording> record) {}

  /**
   * The update method; {@code keeps} are the fields only commands change, which it leaves as they
   * are ({@code keptWords}: "status, paid").
   */
  record Update(
      String name,
      boolean guarded,
      String allowedWhen,
      List<Guard> guards,
      Optional<Recording> record,
      List<Kept> keeps,
      String keptWords) {
    public boolean hasKeeps() {
      return !keeps.isEmpty();
    }
  }

  /** A field update keeps: its Params member and the entity's field. */
  record Kept(String exported, String member) {}

  record Delete(
      boolean hasDomainMethod, List<String> doc, List<Guard> guards, Optional<Recording> record) {}

  /** An action command's domain method. */
  record Action(
      String name,
      String method,
      String paramsType,
      boolean hasParams,
      List<String> doc,
      List<Param> params,
      boolean validates,
      List<Guard> guards,
      List<Effect> effects,
      Optional<Recording> record) {}

  /**
   * An action parameter and how the method validates it (go/partials/validate_param): {@code bound}
   * when the method goes on to use it.
   */
  record Param(
      String name,
      String exported,
      String local,
      String paramType,
      Optional<ParamValidation> validation) {}

  /**
   * The validation of an action parameter. Exactly one shape holds: {@code valueObjectOptional} (a
   * pointer, nil when absent), {@code valueObjectRequired}, {@code checkedOptional} (checked when
   * given, copied when used), {@code defaulted} (its default when absent), or {@code required}.
   */
  record ParamValidation(
      boolean bound,
      Optional<ValueObjectInput> valueObjectOptional,
      Optional<ValueObjectInput> valueObjectRequired,
      boolean checkedOptional,
      Optional<String> defaulted,
      boolean required,
      String valueObjectType,
      List<Check> checks) {
    public boolean hasChecks() {
      return !checks.isEmpty();
    }
  }

  /**
   * A field an action sets: to {@code value}; through a local {@code viaLocal} when the field is a
   * pointer and the value a constant; only when {@code whenGiven} (an optional parameter) is set.
   */
  record Effect(String field, String value, Optional<String> viaLocal, boolean whenGiven) {}

  /** A child entity ({@code entity} of go/domain/child_entity). */
  record Child(
      String name,
      String human,
      String article,
      String receiver,
      String lastWordHuman,
      Optional<Vars> vars,
      List<Field> fields) {}

  /** The aggregate a child entity belongs to ({@code aggregate} of go/domain/child_entity). */
  record Owner(String packageName, String name) {}

  /** The aggregate's errors ({@code aggregate} of go/domain/errors). */
  record Errors(String packageName, String name, String human, ErrorNames errors) {}

  record ErrorNames(String notFound, List<Sentinel> guards) {}

  /** A guard's sentinel error: {@code message} is its Go string literal. */
  record Sentinel(String name, List<String> doc, String message) {}

  /** The aggregate's events ({@code aggregate} of go/domain/events). */
  record Events(String packageName, String name, boolean hasEvents, List<EventType> events) {}

  record EventType(String name, boolean blankBefore, List<String> doc, List<EventField> fields) {}

  record EventField(String exported, String type) {}

  /** The repository port ({@code aggregate} of go/domain/repository). */
  record Repository(
      String packageName,
      String name,
      String plural,
      String receiver,
      boolean hasEntities,
      String entityNames,
      String notFound,
      List<Filter> filters,
      boolean outbox) {}

  /** A field of ListFilter: {@code type} is a pointer type. */
  record Filter(String exported, String type) {}
}
