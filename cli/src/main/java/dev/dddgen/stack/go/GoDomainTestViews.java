package dev.dddgen.stack.go;

import java.util.List;
import java.util.Optional;

/**
 * The view of an aggregate's generated domain test (go/domain/entity_test): its cases as names, Go
 * literals and single expressions. The test functions, their table loops, the parameter changes and
 * every assertion are written in the template.
 */
final class GoDomainTestViews {
  private GoDomainTestViews() {}

  /** {@code aggregate} of go/domain/entity_test. */
  record EntityTest(
      String packageName,
      String fixtures,
      String name,
      String ref,
      String receiver,
      String human,
      String constructor,
      List<Assignment> validParams,
      List<NewCase> newCases,
      List<String> fields,
      List<FieldCheck> checks,
      List<String> entityLists,
      Optional<CreateEvent> createEvent,
      Optional<UpdateTest> update,
      List<CommandTest> commands,
      Optional<LogRedaction> pii) {
    /** Whether validParams sets anything (else its literal is the empty one, on one line). */
    public boolean hasValidParams() {
      return !validParams.isEmpty();
    }

    /** Whether a test builds the aggregate with the fixtures' {@code new<name>} helper. */
    public boolean usesNew() {
      return !commands.isEmpty() || update.isPresent() || pii.isPresent();
    }
  }

  /** {@code p.<target> = <value>}: a parameter (or a path into one) and its new value. */
  record Assignment(String target, String value) {}

  /**
   * A case of the constructor's test: the changes made to the valid parameters ({@code cleared}:
   * all of them emptied first) and, when it fails, the fields its ValidationError names.
   */
  record NewCase(
      String name, boolean cleared, List<Assignment> changes, Optional<String> wantFields) {
    /** Whether the case changes the valid parameters at all. */
    public boolean changesParams() {
      return cleared || !changes.isEmpty();
    }

    /** Whether the change is one statement, so the case fits on one line. */
    public boolean oneLine() {
      return cleared ? changes.isEmpty() : changes.size() == 1;
    }
  }

  /**
   * A field read back after the constructor (or Update) succeeds: its getter, the default it falls
   * back on, whether it is a time (normalized), a pointer (optional, no default) or a simple value
   * object (read through {@code Value()}).
   */
  record FieldCheck(
      String exported,
      Optional<String> defaultValue,
      boolean time,
      boolean pointer,
      boolean wrapped) {}

  /** The event the constructor records, and the fields it copies from the aggregate. */
  record CreateEvent(String name, List<String> fields) {
    /** Whether the event copies any field (else the test only checks its type and id). */
    public boolean hasFields() {
      return !fields.isEmpty();
    }
  }

  /**
   * Update's test: the omittable fields it sets (every field then holds a value), and the required
   * field left out to make it fail.
   */
  record UpdateTest(List<Assignment> everyField, Optional<Omitted> omitted) {}

  /** A required field left out ({@code exported}), and the fields the ValidationError names. */
  record Omitted(String exported, String wantFields) {}

  /**
   * An action's (or a guarded delete's) test: its valid parameters' literal, its cases, then what a
   * success leaves behind: the values it sets, the optional fields it clears, the fields it copies
   * from its parameters, the event it records.
   */
  record CommandTest(
      String method,
      Optional<String> paramsType,
      Optional<ValidParams> validParams,
      List<CommandCase> cases,
      List<SetCheck> sets,
      List<String> cleared,
      List<ParamCheck> fromParams,
      Optional<String> event) {}

  /** The action's parameters type and the literal of valid ones its helper returns. */
  record ValidParams(String type, String literal) {}

  /**
   * A case of an action's test: the state the aggregate is created in, the parameters (the valid
   * ones, or a literal), and what a refusal returns: the guard's sentinel or the fields of a
   * ValidationError.
   */
  record CommandCase(
      String name,
      List<Assignment> state,
      boolean validParams,
      Optional<String> params,
      Optional<String> wantErr,
      Optional<String> wantFields) {
    /** Whether the case sets any state (else its function takes no name). */
    public boolean hasState() {
      return !state.isEmpty();
    }

    /** Whether the state is one assignment, so the case fits on one line. */
    public boolean oneLineState() {
      return state.size() == 1;
    }
  }

  /** A field an action sets to {@code value}; {@code dereference}: the getter returns a pointer. */
  record SetCheck(String exported, String value, boolean dereference) {}

  /**
   * A field an action copies from its parameter of the same name: a time is normalized, a pointer
   * getter dereferenced, a simple value object read through {@code Value()}, a decimal or time
   * inside one compared with {@code Equal}.
   */
  record ParamCheck(
      String exported, boolean time, boolean dereference, boolean wrapped, boolean byEqual) {}

  /**
   * The redaction test: the parameters changed before logging, and the literals the log must not
   * show.
   */
  record LogRedaction(List<Assignment> setup, List<String> hidden) {
    /** Whether any parameter is changed before logging. */
    public boolean hasSetup() {
      return !setup.isEmpty();
    }
  }
}
