package dev.dddgen.stack.java;

import dev.dddgen.api.Api;
import dev.dddgen.api.AsyncApiDocument;
import dev.dddgen.api.Events;
import dev.dddgen.api.OpenApiDocument;
import dev.dddgen.definition.StackRules;
import dev.dddgen.model.Aggregate;
import dev.dddgen.model.Command;
import dev.dddgen.model.DomainModel;
import dev.dddgen.model.Event;
import dev.dddgen.model.FieldType;
import dev.dddgen.model.Query;
import dev.dddgen.naming.Names;
import dev.dddgen.render.Artifact;
import dev.dddgen.render.FilePlan;
import dev.dddgen.render.GeneratedFile;
import dev.dddgen.render.UnparsableOutputException;
import dev.dddgen.schema.Migration;
import dev.dddgen.stack.ArtifactCollector;
import dev.dddgen.stack.OpenApiYaml;
import dev.dddgen.stack.Stack;
import dev.dddgen.stack.java.JavaProject.JField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Java target: a Spring Boot (Spring MVC, JdbcClient, Flyway) Maven project with the same
 * layers and HTTP contract as the Go target. Domain types are built with JavaPoet and handed to
 * their templates as {@code source}; everything else is a Mustache template under {@code
 * templates/java/}.
 *
 * <p>It covers every valid definition, as the Go target does: fields of every kind (scalars, enums,
 * references, simple, composite and nested value objects), child entities, create, update, delete
 * and action commands (enum parameters and event fields of their own included), get and list
 * queries.
 */
public final class JavaTarget implements Stack {
  // Any Flyway versioned script, not only the names dddgen writes: one added by hand
  // (V4__Seed_Users,
  // V4_1__fix, V4.1__fix) takes its major version, so the next generated one is numbered after it
  // instead of duplicating it (Flyway refuses two scripts of one version). Versions of ten digits
  // or
  // more (timestamps) are not counted, as for the Go target.
  private static final Pattern MIGRATION =
      Pattern.compile(
          "src/main/resources/db/(?:migration/V|undo/U)0*(\\d{1,9})(?:[._]\\d+)*__[^/]*\\.sql");

  @Override
  public StackRules rules() {
    return new JavaRules();
  }

  @Override
  public String exampleModule(String projectName) {
    return "com.example." + projectName.replace("-", "").toLowerCase(java.util.Locale.ROOT);
  }

  /** Bearer tokens, each route's access and ownership: only when an operation needs a token. */
  private static void security(ArtifactCollector files, JavaProject p) {
    // These files exist only with security: its view is theirs unwrapped.
    Map<String, Object> security = Map.of("security", p.security().orElseThrow());
    String application = p.path("application");
    for (String name : List.of("Caller", "CurrentCaller", "NotOwnerException")) {
      files.project(application + name + ".java", "java/application/" + Names.snake(name));
    }
    String http = p.path("interfaces.http");
    files.project(http + "SecurityConfig.java", "java/http/security_config", security);
    files.project(http + "TokenCaller.java", "java/http/token_caller", security);
    String tests = p.testPath("interfaces.http");
    Map<String, Object> mocks =
        Map.of("tests", JavaConformanceTests.of(p), "security", p.security().orElseThrow());
    files.project(tests + "SecurityTest.java", "java/test/security_test", mocks);
    files.project(tests + "KeysUnavailableTest.java", "java/test/keys_unavailable_test", mocks);
    files.project(p.testPath("application") + "CallerTest.java", "java/test/caller_test");
  }

  @Override
  public FilePlan files(DomainModel model) {
    return FilePlan.eachAlone(artifacts(model), JavaTarget::finish, JavaNameClashes::refuse);
  }

  @Override
  public List<Artifact> artifacts(DomainModel model) {
    JavaFormat.warmUp();
    JavaProject p = new JavaProject(model);
    Api api = Api.of(model);
    JavaAggregateRoot root = new JavaAggregateRoot(p);
    JavaDomainValues values = new JavaDomainValues(p);
    JavaDomainEvents events = new JavaDomainEvents(p);
    JavaApplicationTypes application = new JavaApplicationTypes(p);
    JavaContexts contexts = new JavaContexts(p);
    ArtifactCollector files = new ArtifactCollector(new ArrayList<>(), p.keys());

    JavaTeamFiles.Team team = JavaTeamFiles.of(p);
    files.project("pom.xml", "java/pom", Map.of("team", team));
    files.project("mvnw", "java/wrapper/mvnw");
    files.project("mvnw.cmd", "java/wrapper/mvnw_cmd");
    files.project(".mvn/wrapper/maven-wrapper.properties", "java/wrapper/maven_wrapper_properties");
    files.teamFiles("java", team);
    files.project(p.testPath("") + "Migrations.java", "java/team/migrations");
    files.project(p.path("") + "Application.java", "java/app/application");
    files.project("src/main/resources/application.properties", "java/app/application_properties");
    files.project(
        "src/main/resources/openapi.yaml",
        "java/app/openapi",
        Map.of(
            "openapi",
            new JavaViews.OpenApi(api.title(), OpenApiYaml.write(OpenApiDocument.tree(api)))));
    Events published = Events.of(model);
    JavaViews.Events eventsView = new JavaViews.Events(published.published());
    if (published.published()) {
      files.project(
          "src/main/resources/asyncapi.yaml",
          "java/app/asyncapi",
          Map.of(
              "asyncapi",
              new JavaViews.OpenApi(
                  model.project().name() + " events",
                  OpenApiYaml.write(AsyncApiDocument.tree(api, published)))));
    }

    String shared = p.path("domain.shared");
    for (String name :
        List.of(
            "DomainException",
            "ValidationException",
            "NotFoundException",
            "VersionConflictException",
            "ConflictException",
            "GuardException",
            "DomainEvent",
            "Validator",
            "FieldError",
            "TimeOrderedIds")) {
      files.project(shared + name + ".java", "java/domain/shared/" + Names.snake(name));
    }
    files.project(
        p.path("application.command") + "EventPublisher.java", "java/application/event_publisher");
    files.project(
        p.path("application.query") + "QueryParams.java", "java/application/query_params");
    files.project(p.path("application.dto") + "Page.java", "java/application/page");
    files.project(
        p.path("infrastructure.persistence") + "DatabaseUrl.java",
        "java/infrastructure/database_url");
    files.project(p.path("infrastructure.persistence") + "Jdbc.java", "java/infrastructure/jdbc");
    files.project(
        p.path("infrastructure.persistence") + "QueryDeadline.java",
        "java/infrastructure/query_deadline");
    files.project(
        p.path("infrastructure.messaging") + "InProcessEventPublisher.java",
        "java/infrastructure/event_publisher");
    files.project(
        p.path("infrastructure") + "Wiring.java",
        "java/infrastructure/wiring",
        Map.of("wiring", contexts.wiring()));
    String http = p.path("interfaces.http");
    for (String name :
        List.of(
            "Problem",
            "ProblemHandler",
            "BadRequestException",
            "PreconditionFailedException",
            "PayloadTooLargeException",
            "Ids",
            "IfMatch",
            "JsonBody",
            "QueryString",
            "RequestFilter",
            "StrictJson",
            "SizedJson",
            "ServerTimeouts",
            "ErrorPages",
            "Cors")) {
      files.project(http + name + ".java", "java/http/" + Names.snake(name));
    }
    new JavaMessaging(p, published).addFiles(files, contexts);
    files.project(http + "HealthController.java", "java/http/health");
    if (p.security().isPresent()) {
      security(files, p);
    }
    files.project(
        http + "OpenApiController.java", "java/http/openapi", Map.of("events", eventsView));

    files.project(p.testPath("") + "ArchitectureTest.java", "java/test/architecture");
    files.project(p.testPath("") + "TestDatabase.java", "java/test/test_database");
    files.project("src/test/resources/logback-test.xml", "java/test/logback_test");
    files.project(
        p.testPath("infrastructure.persistence") + "DatabaseUrlTest.java",
        "java/test/database_url_test");
    files.project(
        p.testPath("domain.shared") + "TimeOrderedIdsTest.java", "java/test/time_ordered_ids_test");
    files.project(
        p.testPath("infrastructure.persistence") + "QueryDeadlineTest.java",
        "java/test/query_deadline_test");
    files.project(
        p.testPath("interfaces.http") + "HttpContractTest.java",
        "java/test/http_contract_test",
        Map.of("tests", JavaTests.http(p)));
    files.project(
        p.testPath("interfaces.http") + "OpenApiContract.java", "java/test/openapi_contract");
    files.project(p.testPath("interfaces.http") + "CorsTest.java", "java/test/cors_test");
    files.project(
        p.testPath("interfaces.http") + "OpenApiConformanceTest.java",
        "java/test/openapi_conformance_test",
        Map.of("tests", JavaConformanceTests.of(p)));
    files.project(
        p.testPath("interfaces.http") + "ConditionalRequestTest.java",
        "java/test/conditional_request_test",
        Map.of("tests", JavaConformanceTests.of(p)));

    for (var valueObject : model.valueObjects()) {
      if (!valueObject.simple()) {
        source(
            files,
            shared + valueObject.name() + ".java",
            "java/domain/shared/value_object",
            null,
            values.composite(valueObject));
        for (JField part : p.parts(valueObject)) {
          if (part.isEnum() && part.field().type() instanceof FieldType.Enumeration) {
            source(
                files,
                shared + part.enumType().simpleName() + ".java",
                "java/domain/enum",
                null,
                values.enumeration(part));
          }
        }
        source(
            files,
            p.path("application.dto") + valueObject.name() + "Dto.java",
            "java/application/dto",
            null,
            application.compositeDtoSource(valueObject));
        continue;
      }
      boolean isEnum = valueObject.wrapped().type() instanceof FieldType.Enumeration;
      source(
          files,
          shared + valueObject.name() + ".java",
          "java/domain/shared/value_object",
          null,
          isEnum ? values.enumValueObject(valueObject) : values.valueObject(valueObject));
    }
    for (Aggregate aggregate : model.aggregates()) {
      JavaViews.Aggregate agg = contexts.aggregate(aggregate);
      String domain = p.path("domain." + Names.flat(aggregate.name()));
      source(
          files,
          domain + aggregate.name() + ".java",
          "java/domain/entity",
          agg,
          root.entity(aggregate));
      for (JField f : p.fields(aggregate)) {
        if (f.isEnum() && !(f.field().type() instanceof FieldType.ValueObjectType)) {
          source(
              files,
              domain + f.enumType().simpleName() + ".java",
              "java/domain/enum",
              agg,
              values.enumeration(f));
        }
      }
      for (JavaProject.JEntity entity : p.entities(aggregate)) {
        source(
            files,
            domain + entity.entity().name() + ".java",
            "java/domain/child_entity",
            agg,
            values.childEntity(entity, aggregate));
        for (JField f : entity.fields()) {
          if (f.isEnum() && !(f.field().type() instanceof FieldType.ValueObjectType)) {
            source(
                files,
                domain + f.enumType().simpleName() + ".java",
                "java/domain/enum",
                agg,
                values.enumeration(f));
          }
        }
        source(
            files,
            p.path("application.dto") + entity.entity().name() + "Dto.java",
            "java/application/dto",
            agg,
            application.childEntityDto(entity));
      }
      // Enum parameters and event fields of their own: one type per name (an event filled from a
      // parameter shares its type, a parameter assigning a field the field's).
      java.util.Set<String> enums = new java.util.HashSet<>();
      for (JField f : p.fields(aggregate)) {
        enums.add(f.enumType() == null ? "" : f.enumType().simpleName());
      }
      List<JField> own = new ArrayList<>();
      for (Command command : aggregate.commands()) {
        command.params().forEach(param -> own.add(p.field(aggregate, param)));
      }
      for (Event event : aggregate.events()) {
        for (Event.EventField ef : event.fields()) {
          own.add(events.eventField(aggregate, event, ef));
        }
      }
      for (JField f : own) {
        if (f.field().type() instanceof FieldType.Enumeration
            && enums.add(f.enumType().simpleName())) {
          source(
              files,
              domain + f.enumType().simpleName() + ".java",
              "java/domain/enum",
              agg,
              values.enumeration(f));
        }
      }
      for (Event event : aggregate.events()) {
        source(
            files,
            domain + event.name() + ".java",
            "java/domain/event",
            agg,
            events.event(aggregate, event));
      }
      files.aggregate(
          domain + aggregate.name() + "Repository.java", "java/domain/repository", agg, false);
      List<JavaViews.CommandView> commands = agg.commands();
      for (int i = 0; i < aggregate.commands().size(); i++) {
        Command command = aggregate.commands().get(i);
        String dir = p.path("application.command");
        source(
            files,
            dir + command.name() + ".java",
            "java/application/command",
            agg,
            application.commandRecord(aggregate, command));
        files.aggregate(
            dir + command.name() + "Handler.java",
            "java/application/"
                + command.kind().name().toLowerCase(java.util.Locale.ROOT)
                + "_handler",
            agg,
            "command",
            commands.get(i),
            false);
        if (command.kind() == Command.Kind.UPDATE || command.kind() == Command.Kind.ACTION) {
          source(
              files,
              http + command.name() + "Request.java",
              "java/http/request",
              agg,
              application.updateRequest(aggregate, command));
        }
      }
      List<JavaViews.QueryView> queries = agg.queries();
      for (int i = 0; i < aggregate.queries().size(); i++) {
        Query query = aggregate.queries().get(i);
        String dir = p.path("application.query");
        source(
            files,
            dir + query.name() + ".java",
            "java/application/query",
            agg,
            application.queryRecord(aggregate, query));
        files.aggregate(
            dir + query.name() + "Handler.java",
            "java/application/" + (query.kind() == Query.Kind.BY_ID ? "get" : "list") + "_handler",
            agg,
            "query",
            queries.get(i),
            false);
      }
      source(
          files,
          p.path("application.dto") + aggregate.name() + "Dto.java",
          "java/application/dto",
          agg,
          application.dto(aggregate));
      files.aggregate(
          p.path("infrastructure.persistence") + "Jdbc" + aggregate.name() + "Repository.java",
          "java/infrastructure/repository",
          agg,
          false);
      files.aggregate(
          http + aggregate.name() + "Controller.java", "java/http/controller", agg, false);
      String domainTest = p.testPath("domain." + Names.flat(aggregate.name()));
      files.aggregate(
          domainTest + aggregate.name() + "Test.java", "java/test/entity_test", agg, false);
      files.aggregate(
          p.testPath("infrastructure.persistence")
              + "Jdbc"
              + aggregate.name()
              + "RepositoryTest.java",
          "java/test/repository_test",
          agg,
          false);
    }
    return files.out();
  }

  @Override
  public Map<String, Object> aggregateContext(DomainModel model, String aggregate) {
    JavaProject p = new JavaProject(model);
    Map<String, Object> context = p.keys();
    context.put(
        "aggregate", new JavaContexts(p).aggregate(model.aggregate(aggregate).orElseThrow()));
    return context;
  }

  private static String finish(Artifact artifact, String rendered)
      throws UnparsableOutputException {
    if (!artifact.path().endsWith(".java")) {
      return rendered;
    }
    // A JavaPoet-built type printed as built (not by an overriding template): its imports are
    // exact.
    boolean javaPoet =
        artifact.context().get("source") instanceof String source
            && rendered.stripTrailing().equals(source.stripTrailing());
    return JavaFormat.format(artifact.path(), rendered, javaPoet);
  }

  @Override
  public List<GeneratedFile> migrationFiles(int number, Migration migration) {
    // Flyway applies V<N>__ scripts; the reverse goes to db/undo as U<N>__ (Flyway's undo naming),
    // outside the location Flyway reads, for rolling back by hand or with Flyway Teams.
    String name = number + "__" + migration.name() + ".sql";
    String header = "-- Code generated by dddgen. DO NOT EDIT.\n\n";
    return List.of(
        new GeneratedFile(
            "src/main/resources/db/migration/V" + name, header + migration.up(), false),
        new GeneratedFile("src/main/resources/db/undo/U" + name, header + migration.down(), false));
  }

  @Override
  public OptionalInt migrationNumber(String path) {
    Matcher m = MIGRATION.matcher(path);
    return m.matches() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
  }

  /** A JavaPoet-built type: its template prints {@code source} (an override may write its own). */
  private static void source(
      ArtifactCollector files,
      String path,
      String template,
      JavaViews.Aggregate aggregate,
      String source) {
    files.aggregate(path, template, aggregate, "source", source, false);
  }
}
