package dev.dddgen.stack.java;

import java.util.List;
import java.util.Optional;

/**
 * The views of the generated tests: sample values as Java expressions and what to expect of them.
 * The test methods, their statements and assertions are written in the templates.
 */
final class JavaTestViews {
  private JavaTestViews() {}

  /** Under {@code aggregate.tests}: the domain test and the repository test. */
  record Tests(Domain domain, Repository repository) {}

  /**
   * The entity test. {@code validArguments} and {@code nullArguments} are the factory's arguments
   * before the time; {@code required} the names of the required fields.
   */
  record Domain(
      Optional<Create> create,
      Optional<Update> update,
      List<JavaViews.Part> validArguments,
      List<JavaViews.Part> nullArguments,
      List<JavaViews.Part> required,
      boolean hasRequired,
      List<Boundary> boundaries,
      List<Invalid> invalid,
      List<ActionTest> actions,
      List<StateParameter> stateParameters,
      List<JavaViews.Part> stateArguments,
      List<String> imports) {
    /** Whether there is an action to test (then the test has its {@code inState} helper). */
    public boolean hasActions() {
      return !actions.isEmpty();
    }
  }

  /**
   * A parameter of the test's {@code inState} helper: a field some action's guard tests, by its
   * domain type and name; {@code stateArguments} are the restore arguments that use them.
   */
  record StateParameter(String type, String name, boolean first) {}

  /**
   * The factory test: the factory, the event it emits, and the lifecycle state a new aggregate
   * starts in ({@code initial}: each state field's getter and default).
   */
  record Create(String method, List<String> events, List<Effect> initial) {}

  record Update(String method) {}

  /** A factory call with one value at an end of its field's range, which it accepts. */
  record Boundary(String test, List<JavaViews.Part> arguments) {}

  /** A factory call with one invalid value, reported at {@code field}. */
  record Invalid(String field, String test, List<JavaViews.Part> arguments) {}

  /**
   * An action's tests: allowed from every state its guards allow, refused (with {@code message})
   * from every state they refuse, as the api's scenarios list them.
   */
  record ActionTest(
      String name,
      String method,
      List<JavaViews.Part> arguments,
      List<StateTest> allowed,
      List<StateTest> refused,
      String message,
      List<Effect> effects) {}

  /** A test of an action from one state: the test's name and the {@code inState} arguments. */
  record StateTest(String test, List<JavaViews.Part> state) {}

  /** A field an action assigns: its getter and the expected value. */
  record Effect(String getter, String expected) {}

  /**
   * The repository test: rows stored before each test (of the aggregates this one refers to), the
   * arguments that restore a sample, and the tables emptied before each test.
   */
  record Repository(
      List<StoredRow> stored,
      List<JavaViews.Part> restoreArguments,
      Optional<Unique> unique,
      Optional<ListTest> list,
      List<MissingReference> missingReferences,
      List<JavaViews.Part> tables,
      List<String> imports) {}

  /**
   * A stored row: its type, the test field holding it, the arguments that restore it, and whether
   * its repository takes the outbox and a transaction template.
   */
  record StoredRow(
      String type,
      String var,
      List<JavaViews.Part> arguments,
      boolean outbox,
      boolean transactional) {}

  /** The names of the unique fields. */
  record Unique(List<JavaViews.Part> fields) {}

  /** The list method, called with no filter ({@code filters}: one null argument each). */
  record ListTest(String method, List<String> filters) {}

  record MissingReference(String field, String test, List<JavaViews.Part> arguments) {}

  /** Under {@code tests} of HttpContractTest: the first aggregate with a create and a get. */
  record HttpTests(List<HttpTarget> targets) {}

  record HttpTarget(
      String controller,
      String route,
      String createHandler,
      String command,
      String getHandler,
      String firstField,
      String firstFieldOtherCase,
      List<Mock> mocks,
      String createField,
      String getField,
      String getQuery,
      List<String> imports,
      List<WrongType> wrongTypes) {}

  record Mock(String type, String field) {}

  /** A body whose one field has the wrong JSON type, as a Java string literal. */
  record WrongType(String test, String field, String body) {}

  /** Under {@code tests} of OpenApiConformanceTest: each aggregate's exchanges, mocked. */
  record Conformance(
      String page, List<String> imports, List<Mock> mocks, List<ConformanceAggregate> aggregates) {}

  /**
   * An aggregate's routes: the handler field each mocks and a valid request body (a Java string
   * literal). Without a create command there is no {@code dto} to answer with: errors only.
   */
  record ConformanceAggregate(
      String name,
      String camel,
      String route,
      Optional<DtoSample> dto,
      Optional<Exchange> creates,
      Optional<Exchange> gets,
      Optional<ListExchange> lists,
      Optional<Exchange> updates,
      Optional<Exchange> deletes,
      List<ActionExchange> actions,
      List<ReadOnlyExchange> readOnly) {}

  /**
   * A create body holding a field only commands change ({@code body}, a Java string literal), which
   * the web layer refuses naming {@code field} with {@code message} (a Java string literal).
   */
  record ReadOnlyExchange(String test, String field, String body, String message) {}

  /** A DTO built by the factory: {@code type.from(entity.factory(arguments, NOW))}. */
  record DtoSample(String type, String entity, String factory, List<JavaViews.Part> arguments) {}

  /** A route's mocked handler; {@code body} the valid request, empty when it takes none. */
  /**
   * A route's mocked handler and a valid request body as a Java string literal (empty: none);
   * {@code unversioned} is an update's body without its version, which If-Match then gives.
   */
  record Exchange(String field, String body, String unversioned) {}

  /** A list's mocked handler; {@code paginated}: it takes {@code limit} and {@code cursor}. */
  record ListExchange(String field, boolean paginated) {}

  /** {@code unversioned}: the body without its version, which If-Match then gives. */
  record ActionExchange(
      String field, String test, String segment, String body, String unversioned) {}
}
