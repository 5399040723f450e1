package dev.dddgen.stack.go;

import java.util.List;
import java.util.Optional;

/**
 * The views of an aggregate's repository adapters (PostgreSQL and in memory) and of its repository
 * contract test. They hold names, types, literals, flags and single expressions; the SQL, the
 * statements and the test cases are written in templates/go/infrastructure/repository.
 */
final class GoPersistenceViews {
  private GoPersistenceViews() {}

  /** aggregate_memory: the in-memory adapter. */
  record MemoryRepository(
      String name,
      String plural,
      String ref,
      String receiver,
      String pluralLocal,
      String notFound,
      List<String> fields,
      List<String> entityLists,
      List<MemoryFilter> filters,
      List<MemoryUnique> unique,
      boolean outbox) {
    public boolean hasUnique() {
      return !unique.isEmpty();
    }

    public boolean hasFilters() {
      return !filters.isEmpty();
    }
  }

  /**
   * A list filter the in-memory adapter applies: the getter is compared with the filter's value,
   * through {@code Equal} when {@code byMethod} (decimals and times compare by value), after {@code
   * .Value()} of a simple value object; an optional getter returns a pointer, nil when unset. The
   * filters are joined by {@code ||} up to the {@code last}.
   */
  record MemoryFilter(
      String exported,
      boolean optional,
      boolean valueObject,
      boolean byMethod,
      boolean dereference,
      boolean last) {}

  /**
   * A unique field the in-memory adapter checks: unset optional values never collide; set ones are
   * compared by value ({@code Equal} when {@code byMethod}), dereferenced where the getter returns
   * a pointer.
   */
  record MemoryUnique(
      String name,
      String exported,
      boolean optional,
      boolean valueObject,
      boolean byMethod,
      boolean dereferenceOther,
      boolean dereferenceSelf) {}

  /**
   * postgres (the repository package's shared PostgreSQL code): which of its helpers some
   * aggregate's repository calls, so that none is left unused.
   */
  record RepositoryHelpers(boolean plainDelete, boolean deleteWithEvents) {}

  /** aggregate_postgres: the PostgreSQL adapter. */
  record PostgresRepository(
      String name,
      String plural,
      String ref,
      String human,
      String humanPlural,
      String notFound,
      String rv,
      String table,
      String tableName,
      List<ConstraintField> constraints,
      String valuesFunc,
      String tableVar,
      String rowType,
      List<Column> columns,
      List<String> fieldValues,
      List<ListCondition> listConditions,
      List<ListArgument> listFilters,
      int afterParam,
      int limitParam,
      List<PostgresEntity> entities,
      List<OptionalBuilder> optionalBuilders,
      Optional<OutboxParams> outbox) {
    public boolean hasEntities() {
      return !entities.isEmpty();
    }

    public boolean hasConstraints() {
      return !constraints.isEmpty();
    }

    public boolean manyEntities() {
      return entities.size() > 1;
    }

    /**
     * How many arguments the row's INSERT and UPDATE take: the four the repository names (id,
     * versions, times) and one per column, so that their argument list is allocated once.
     */
    public int argCount() {
      return 4 + columns.size();
    }

    public boolean filtered() {
      return !listConditions.isEmpty();
    }

    /**
     * Whether Update writes the row and the outbox in one statement: it records events and has no
     * child rows (with child rows the UPDATE runs first in a transaction, the rest follows).
     */
    public boolean updateWithEvents() {
      return outbox.isPresent() && entities.isEmpty();
    }

    /** Whether Update's plain UPDATE statement is used (see {@link #updateWithEvents}). */
    public boolean plainUpdate() {
      return !updateWithEvents();
    }
  }

  /**
   * Where an UPDATE that also writes the aggregate's recorded events to the outbox takes the
   * events' columns: the SQL parameters of their ids, types, payloads and times (arrays), after the
   * row's own.
   */
  record OutboxParams(int ids, int types, int payloads, int occurredAt) {
    static OutboxParams after(int last) {
      return new OutboxParams(last + 1, last + 2, last + 3, last + 4);
    }
  }

  /** A unique or foreign-key constraint's name and the definition field it guards, as literals. */
  record ConstraintField(String name, String field) {}

  /**
   * A field column: its SQL name (quoted where reserved), its placeholder number in the INSERT (and
   * the root's UPDATE), the row field or local it is scanned into and its Go type, and the value
   * written.
   */
  record Column(String sqlName, int param, String local, String rowType, String value) {}

  /** A list filter's condition on one column: NULL (no filter) or equal. */
  record ListCondition(int param, String type, String column, boolean first) {}

  /**
   * A list filter passed as a query argument: through its column adapter ({@code postgres.Decimal})
   * when it has one.
   */
  record ListArgument(String exported, String adapter) {
    public boolean adapted() {
      return !adapter.isEmpty();
    }
  }

  /** A child entity's table and how its rows are written and read. */
  record PostgresEntity(
      String name,
      String plural,
      String listLocal,
      String listExported,
      String table,
      String tableName,
      String parentColumn,
      String parentLocal,
      String itemVar,
      List<Column> columns,
      List<String> fieldValues,
      boolean last) {}

  /**
   * A function that rebuilds an optional value object from its nullable columns: nil when {@code
   * absent} is NULL, else {@code build}.
   */
  record OptionalBuilder(
      String name,
      String doc,
      List<BuilderParam> params,
      String type,
      String absent,
      String build) {}

  /** A parameter of an {@link OptionalBuilder}. */
  record BuilderParam(String name, String type, boolean last) {}

  /** aggregate_contract_test: the repository contract every adapter passes. */
  record ContractTest(
      String name,
      String ref,
      String receiver,
      String pluralLocal,
      String paramsFunc,
      String constructor,
      String notFound,
      String human,
      List<FixtureArg> args,
      List<ParamValue> params,
      List<EntityParams> entityParams,
      List<String> entityLists,
      List<UniqueCase> unique,
      boolean updatable,
      Change change,
      ListCase list) {}

  /**
   * An argument of the aggregate's fixture: a required reference (stored first, so {@code value}
   * adds a row), enum or bool; {@code entityList} names the child list holding it, if any.
   */
  record FixtureArg(
      String local,
      String type,
      String exported,
      String value,
      String matching,
      boolean inEntity,
      String entityList,
      boolean first) {}

  /** A field of a Params literal and its value. */
  record ParamValue(String exported, String value, boolean last) {}

  /** A child entity list of the fixture's Params: two items of the same values. */
  record EntityParams(String exported, String type, List<ParamValue> item) {}

  /** A unique field: adding or updating into a stored value is a conflict. */
  record UniqueCase(
      String field, String exported, String fieldLiteral, boolean pointer, boolean valueObject) {}

  /**
   * How the contract changes a stored aggregate: by its update command, by its first action ({@code
   * actionVerb} with {@code actionParams}), or, with neither, by an update that changes nothing.
   * {@code self} is the variable a change is applied to (the shared testUpdate applies it as the
   * update function, and to the two roots of a concurrent update).
   */
  record Change(
      boolean byUpdate,
      boolean byAction,
      String actionVerb,
      String actionParamsType,
      List<ParamValue> actionParams,
      ChangeTarget self) {
    public boolean changes() {
      return byUpdate || byAction;
    }

    public boolean hasActionParams() {
      return !actionParams.isEmpty();
    }
  }

  /** The variable a change is applied to. */
  record ChangeTarget(String target) {}

  /**
   * The list case: the fixtures that match the filters, one fixture per filter that does not, the
   * filters with the values they match, and whether only the matching fixtures can be listed.
   */
  record ListCase(
      boolean filtered,
      List<SetupVar> setup,
      List<OtherFixture> others,
      List<ListFilter> filters,
      boolean isolated) {}

  /** A local the list case stores before its fixtures. */
  record SetupVar(String local, String value) {}

  /** A fixture that differs from the matching ones in one filtered argument. */
  record OtherFixture(List<String> values) {}

  /** A list filter and the value it matches; a reference filter matches a stored local. */
  record ListFilter(String exported, String value, boolean reference) {}
}
