package dev.dddgen.stack.go;

import dev.dddgen.api.AsyncApiDocument;
import dev.dddgen.api.Events;
import dev.dddgen.api.OpenApiDocument;
import dev.dddgen.definition.StackRules;
import dev.dddgen.model.Aggregate;
import dev.dddgen.model.Command;
import dev.dddgen.model.DomainModel;
import dev.dddgen.model.Query;
import dev.dddgen.model.ValueObject;
import dev.dddgen.render.Artifact;
import dev.dddgen.render.ArtifactGroup;
import dev.dddgen.render.FilePlan;
import dev.dddgen.render.GeneratedFile;
import dev.dddgen.schema.Migration;
import dev.dddgen.stack.ArtifactCollector;
import dev.dddgen.stack.OpenApiYaml;
import dev.dddgen.stack.Stack;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Go target: the files of the reference backend (see docs/templates.md for every template and
 * its context). Contexts are built here in one pass over the model; each .go file gets its import
 * block written, then gofmt formats every .go file of the run at once.
 */
public final class GoTarget implements Stack {
  private static final Pattern MIGRATION =
      Pattern.compile("migrations/(\\d{6})_[a-z0-9_]+\\.(up|down)\\.sql");
  private static final String DOMAIN = "internal/domain/";
  private static final String SHARED = DOMAIN + "shared/";
  private static final String COMMAND = "internal/application/command/";
  private static final String QUERY = "internal/application/query/";
  private static final String DTO = "internal/application/dto/";
  private static final String POSTGRES = "internal/infrastructure/persistence/postgres/";
  private static final String REPOSITORY = "internal/infrastructure/persistence/repository/";
  private static final String MESSAGING = "internal/infrastructure/messaging/";
  private static final String HANDLER = "internal/interfaces/http/handler/";
  private static final String MIDDLEWARE = "internal/interfaces/http/middleware/";

  @Override
  public StackRules rules() {
    return new GoRules();
  }

  /**
   * The model's names, schema and imports are built once here, for the groups and the finishing.
   */
  @Override
  public FilePlan files(DomainModel model) {
    GoProject p = new GoProject(model);
    return new FilePlan(
        groups(p, model),
        (artifact, rendered) -> finish(p, artifact, rendered),
        GoFormat.formatting(System.getenv()));
  }

  /**
   * The project's files first, then each value object's and each aggregate's, whose contexts are
   * pure functions of the project and the item: built when their group renders, on every core.
   */
  private static List<ArtifactGroup> groups(GoProject p, DomainModel model) {
    Map<String, Object> keys = p.keys();
    List<ArtifactGroup> groups = new ArrayList<>();
    groups.add(
        collect(
            keys,
            files -> {
              // NATS and what it needs only when events are published: go.mod stays tidy.
              files.project("go.mod", "go/go.mod", Map.of("events", p.events()));
              files.project("go.sum", "go/go.sum", Map.of("events", p.events()));
              files.project("cmd/api/main.go", "go/cmd/main", Map.of("events", p.events()));
              files.project("migrations/embed.go", "go/migrations/embed");
            }));
    // The OpenAPI document of a large project is megabytes of text built from the model alone: a
    // group of its own, started early, so one core builds it while the other renders the rest.
    groups.add(
        collect(
            keys,
            files -> {
              Map<String, Object> openApi = Maps.of("title", p.api().title());
              openApi.put("document", OpenApiYaml.write(OpenApiDocument.tree(p.api())));
              files.project("api/openapi.yaml", "go/api/openapi", Map.of("openapi", openApi));
              if (p.events().published()) {
                Map<String, Object> asyncApi =
                    Maps.of("title", p.model().project().name() + " events");
                asyncApi.put(
                    "document",
                    OpenApiYaml.write(AsyncApiDocument.tree(p.api(), Events.of(p.model()))));
                files.project("api/asyncapi.yaml", "go/api/asyncapi", Map.of("asyncapi", asyncApi));
              }
            }));
    groups.add(collect(keys, files -> projectFiles(p, files)));
    for (ValueObject valueObject : model.valueObjects()) {
      groups.add(collect(keys, files -> valueObjectFiles(p, valueObject, files)));
    }
    groups.add(
        collect(
            keys,
            files -> {
              for (DomainViews.EnumFile sharedEnum : DomainViews.sharedEnums(p)) {
                files.scoped(sharedEnum.path(), "go/domain/enum", "enum", sharedEnum.view(), false);
              }
            }));
    for (Aggregate aggregate : model.aggregates()) {
      groups.add(collect(keys, files -> aggregateFiles(p, aggregate, files)));
    }
    // The repository tests' shared helpers and the adapters under test; each aggregate's contract
    // is a file of its own, rendered with the aggregate's other files.
    groups.add(
        collect(
            keys,
            files -> {
              files.project(
                  REPOSITORY + "contract_test.go", "go/infrastructure/repository/contract_test");
              files.project(
                  REPOSITORY + "memory_test.go", "go/infrastructure/repository/memory_test");
              if (p.events().published()) {
                files.project(
                    REPOSITORY + "outbox_test.go",
                    "go/infrastructure/repository/outbox_test",
                    Map.of("outbox", GoEventViews.outboxTests(p)));
              }
              files.project(
                  REPOSITORY + "postgres_test.go",
                  "go/infrastructure/repository/postgres_test",
                  Map.of("references", ContractTestsContext.references(p)));
              files.project(
                  HANDLER + "common_test.go",
                  "go/http/handler/common_test",
                  Map.of("common", HttpTestsContext.common(p)));
            }));
    return groups;
  }

  /** A group whose artifacts {@code collect} adds when the group is built. */
  private static ArtifactGroup collect(
      Map<String, Object> keys, java.util.function.Consumer<ArtifactCollector> collect) {
    return ArtifactGroup.of(
        () -> {
          List<Artifact> out = new ArrayList<>();
          collect.accept(new ArtifactCollector(out, keys));
          return out;
        });
  }

  private static void projectFiles(GoProject p, ArtifactCollector files) {
    Map<String, Object> events = Map.of("events", p.events());
    files.project("api/embed.go", "go/api/embed", events);
    files.project("cmd/healthcheck/main.go", "go/cmd/healthcheck");
    Map<String, Object> team = TeamFilesContext.of(p);
    files.teamFiles("go", team);
    for (String name :
        List.of(
            "aggregate",
            "event",
            "errors",
            "validator",
            "decimal",
            "date",
            "redact",
            "decimal_test",
            "date_test",
            "validator_test",
            "helpers_test",
            "layering_test")) {
      files.project(SHARED + name + ".go", "go/domain/shared/" + name);
    }
    files.project(SHARED + "sharedtest/sharedtest.go", "go/domain/shared/sharedtest");
    files.project(
        "internal/application/application.go",
        "go/application/application",
        Map.of("composition", ApplicationContext.composition(p)));
    files.project(COMMAND + "publisher.go", "go/application/command/publisher");
    files.project(QUERY + "pagination.go", "go/application/query/pagination");
    files.project(DTO + GoNames.file(p.pageType()) + ".go", "go/application/dto/page");
    files.project(DTO + "json.go", "go/application/dto/json");
    files.project(DTO + "json_writer.go", "go/application/dto/json_writer");
    files.project(DTO + "json_test.go", "go/application/dto/json_test");
    if (ApplicationContext.needsOptionalHelpers(p)) {
      files.project(DTO + "optional.go", "go/application/dto/optional");
    }
    for (String name : List.of("db", "errors", "migrate", "types", "types_test")) {
      files.project(POSTGRES + name + ".go", "go/infrastructure/postgres/" + name);
    }
    files.project(
        POSTGRES + "migrate_test.go",
        "go/infrastructure/postgres/migrate_test",
        Map.of("tables", PersistenceContext.tables(p)));
    files.project(
        POSTGRES + "postgrestest/postgrestest.go", "go/infrastructure/postgres/postgrestest");
    files.project(REPOSITORY + "memory.go", "go/infrastructure/repository/memory");
    files.project(
        REPOSITORY + "postgres.go",
        "go/infrastructure/repository/postgres",
        Map.of("helpers", PersistenceContext.helpers(p)));
    if (PersistenceContext.needsOptionalBuilders(p)) {
      files.project(REPOSITORY + "optional.go", "go/infrastructure/repository/optional");
    }
    files.project(MESSAGING + "bus.go", "go/infrastructure/messaging/bus");
    files.project(MESSAGING + "bus_test.go", "go/infrastructure/messaging/bus_test");
    if (p.events().published()) {
      Map<String, Object> relay = Map.of("relay", GoEventViews.relay(p));
      for (String name : List.of("outbox", "relay", "relay_test")) {
        files.project(MESSAGING + name + ".go", "go/infrastructure/messaging/" + name, relay);
      }
    }
    files.project(HANDLER + "problem.go", "go/http/handler/problem");
    files.project(
        HANDLER + "request.go",
        "go/http/handler/request",
        Map.of("readers", HttpContext.readers(p)));
    files.project(HANDLER + "request_test.go", "go/http/handler/request_test");
    files.project(HANDLER + "health.go", "go/http/handler/health", events);
    files.project(HANDLER + "openapi.go", "go/http/handler/openapi", events);
    files.project(HANDLER + "guard.go", "go/http/handler/guard");
    files.project("internal/application/caller/caller.go", "go/application/caller/caller");
    // Action tests take their resource through actions to a state (createIn and its steps); the
    // create and action tests run their tables with shared helpers, written only when used.
    boolean steps =
        p.model().aggregates().stream().anyMatch(a -> a.command(Command.Kind.ACTION).isPresent());
    boolean creates =
        p.model().aggregates().stream().anyMatch(a -> a.command(Command.Kind.CREATE).isPresent());
    files.project(
        HANDLER + "helpers_test.go",
        "go/http/handler/helpers_test",
        Map.of("steps", steps, "creates", creates));
    files.project(HANDLER + "openapi_test.go", "go/http/handler/openapi_test");
    for (String name :
        List.of(
            "access_log",
            "auth",
            "auth_test",
            "body_limit",
            "recoverer",
            "request_id",
            "middleware_test")) {
      files.project(MIDDLEWARE + name + ".go", "go/http/middleware/" + name);
    }
    files.project(MIDDLEWARE + "authtest/authtest.go", "go/http/middleware/authtest");
    files.project("internal/interfaces/http/router/router.go", "go/http/router/router", events);
  }

  private static void valueObjectFiles(
      GoProject p, ValueObject valueObject, ArtifactCollector files) {
    String file = GoNames.file(valueObject.name());
    String kind = valueObject.simple() ? "simple" : "composite";
    files.scoped(
        SHARED + file + ".go",
        "go/domain/shared/value_object_" + kind,
        "valueObject",
        valueObject.simple()
            ? ValueObjectViews.simple(p, valueObject)
            : ValueObjectViews.composite(p, valueObject),
        true);
    files.scoped(
        SHARED + file + "_test.go",
        "go/domain/shared/value_object_" + kind + "_test",
        "valueObject",
        valueObject.simple()
            ? ValueObjectTestViews.simple(p, valueObject)
            : ValueObjectTestViews.composite(p, valueObject),
        true);
    if (!valueObject.simple()) {
      files.scoped(
          DTO + file + ".go",
          "go/application/dto/value_object",
          "valueObject",
          GoApplicationViews.valueObject(p, valueObject),
          false);
      files.scoped(
          HANDLER + file + ".go",
          "go/http/handler/value_object_request",
          "valueObject",
          GoHttpViews.valueObject(p, valueObject),
          false);
    }
  }

  private static void aggregateFiles(GoProject p, Aggregate aggregate, ArtifactCollector files) {
    GoProject.AggregateNames n = p.names(aggregate);
    String domain = DOMAIN + n.pkg() + "/";
    DomainViews views = new DomainViews(p, aggregate);
    files.aggregate(domain + n.file() + ".go", "go/domain/entity", views.entity(), true);
    GoDomainTestViews.EntityTest domainTest = DomainTestViews.of(p, aggregate);
    files.aggregate(
        domain + n.file() + "_fixtures_test.go",
        "go/domain/entity_fixtures_test",
        domainTest,
        true);
    files.aggregate(domain + n.file() + "_test.go", "go/domain/entity_test", domainTest, true);
    for (DomainViews.ChildFile child : views.children()) {
      files.aggregate(
          child.path(), "go/domain/child_entity", views.owner(), "entity", child.view(), true);
    }
    for (DomainViews.EnumFile value : views.enums()) {
      files.scoped(value.path(), "go/domain/enum", "enum", value.view(), false);
    }
    files.aggregate(domain + "repository.go", "go/domain/repository", views.repository(), false);
    files.aggregate(domain + "errors.go", "go/domain/errors", views.errors(), false);
    files.aggregate(domain + "events.go", "go/domain/events", views.events(), false);
    GoApplicationViews.AppAggregate application = GoApplicationViews.aggregate(p, aggregate);
    for (Command command : aggregate.commands()) {
      files.aggregate(
          COMMAND + GoNames.file(command.name()) + ".go",
          "go/application/command/" + command.kind().name().toLowerCase(java.util.Locale.ROOT),
          application,
          "command",
          GoApplicationViews.command(p, aggregate, command),
          false);
    }
    for (Query query : aggregate.queries()) {
      files.aggregate(
          QUERY + GoNames.file(query.name()) + ".go",
          "go/application/query/" + (query.kind() == Query.Kind.BY_ID ? "get" : "list"),
          application,
          "query",
          GoApplicationViews.query(p, aggregate, query),
          false);
    }
    files.aggregate(DTO + n.file() + ".go", "go/application/dto/aggregate", application, false);
    if (GoEventViews.outbox(p, aggregate)) {
      files.scoped(
          DTO + n.file() + "_events.go",
          "go/application/dto/events",
          "eventData",
          GoEventViews.data(p, aggregate),
          false);
    }
    files.aggregate(
        REPOSITORY + n.file() + "_postgres.go",
        "go/infrastructure/repository/aggregate_postgres",
        PersistencePostgres.postgres(p, aggregate),
        false);
    files.aggregate(
        REPOSITORY + n.file() + "_memory.go",
        "go/infrastructure/repository/aggregate_memory",
        PersistenceContext.memory(p, aggregate),
        false);
    files.aggregate(
        REPOSITORY + n.file() + "_contract_test.go",
        "go/infrastructure/repository/aggregate_contract_test",
        ContractTestsContext.of(p, aggregate),
        false);
    files.aggregate(
        HANDLER + n.file() + ".go",
        "go/http/handler/aggregate",
        GoHttpViews.aggregate(p, aggregate),
        false);
    HttpTestsViews.HttpTests httpTests = HttpTestsViews.of(p, aggregate);
    files.aggregate(
        HANDLER + n.file() + "_fixtures_test.go",
        "go/http/handler/aggregate_fixtures_test",
        httpTests,
        true);
    files.aggregate(
        HANDLER + n.file() + "_test.go", "go/http/handler/aggregate_test", httpTests, false);
    if (p.api().resource(aggregate.name()).operations().stream()
        .anyMatch(op -> op.access().needsToken())) {
      files.aggregate(
          HANDLER + n.file() + "_access_test.go",
          "go/http/handler/access_test",
          GoAccessTestViews.of(p, aggregate),
          false);
    }
  }

  @Override
  public Map<String, Object> aggregateContext(DomainModel model, String aggregate) {
    GoProject p = new GoProject(model);
    Map<String, Object> context = p.keys();
    Aggregate a = model.aggregate(aggregate).orElseThrow();
    context.put("aggregate", DomainContext.aggregate(p, a));
    context.put("files", files(p, a));
    return context;
  }

  /** What each file of the aggregate sees besides the project keys, by path: template and views. */
  private static Map<String, Object> files(GoProject p, Aggregate a) {
    List<Artifact> artifacts = new ArrayList<>();
    aggregateFiles(p, a, new ArtifactCollector(artifacts, Map.of()));
    Map<String, Object> files = new LinkedHashMap<>();
    for (Artifact artifact : artifacts) {
      files.put(
          artifact.path(),
          Maps.of(
              "template", artifact.template(), "context", new LinkedHashMap<>(artifact.context())));
    }
    return files;
  }

  private static String finish(GoProject p, Artifact artifact, String rendered) {
    return artifact.path().endsWith(".go") ? p.imports().resolve(rendered) : rendered;
  }

  @Override
  public List<GeneratedFile> migrationFiles(int number, Migration migration) {
    // Zero-padded by hand: String.format's first use loads locale data, tens of milliseconds cold.
    String digits = Integer.toString(number);
    String base =
        "migrations/"
            + "0".repeat(Math.max(0, 6 - digits.length()))
            + digits
            + "_"
            + migration.name();
    String header = "-- Code generated by dddgen. DO NOT EDIT.\n\n";
    return List.of(
        new GeneratedFile(base + ".up.sql", header + migration.up(), false),
        new GeneratedFile(base + ".down.sql", header + migration.down(), false));
  }

  @Override
  public OptionalInt migrationNumber(String path) {
    Matcher m = MIGRATION.matcher(path);
    return m.matches() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
  }
}
