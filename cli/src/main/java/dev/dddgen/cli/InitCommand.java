package dev.dddgen.cli;

import dev.dddgen.definition.DefinitionLoader;
import dev.dddgen.definition.Suggestions;
import dev.dddgen.naming.Names;
import dev.dddgen.stack.Stack;
import dev.dddgen.stack.Stacks;
import dev.dddgen.workspace.AtomicFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "init",
    description = {
      "Write a starter dddgen.yaml into DIR (default: the current folder), ready for 'dddgen generate'.",
      "An existing dddgen.yaml is never overwritten."
    })
final class InitCommand extends BaseCommand {
  @Option(
      names = "--target",
      paramLabel = "ID",
      defaultValue = "go",
      completionCandidates = StackIds.class,
      description =
          "The backend to generate: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  String target;

  /** The ids of the registered stacks, for --help and shell completion. */
  static final class StackIds implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Stacks.ids().iterator();
    }
  }

  @Option(
      names = "--module",
      paramLabel = "M",
      description = "Go module path (github.com/acme/shop) or Java base package (com.acme.shop).")
  String module;

  @Option(
      names = "--name",
      paramLabel = "N",
      description = "Project name (default: the folder's name).")
  String name;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "DIR",
      defaultValue = ".",
      description = "Folder to initialise (created when missing).")
  Path dir;

  @Override
  public Integer call() throws Exception {
    Path definition = dir.resolve("dddgen.yaml");
    if (Files.exists(definition)) {
      throw CliFailure.failure(definition + " already exists; it was left as it is");
    }
    Stack stack =
        Stacks.find(target)
            .orElseThrow(
                () ->
                    CliFailure.of(
                        ExitCodes.USAGE,
                        "unknown target '"
                            + target
                            + "' for --target"
                            + Suggestions.closest(target, Stacks.ids())
                                .map(c -> " — did you mean '" + c + "'?")
                                .orElse("")
                            + " (known: "
                            + String.join(", ", Stacks.ids())
                            + ")"));
    String projectName = name != null ? name : defaultName();
    String projectModule = module != null ? module : stack.exampleModule(projectName);
    String text = starter(projectName, projectModule);
    // The starter must itself be valid: a bad --name or --module is reported like any definition
    // error.
    DefinitionLoader.load(definition.toString(), text);
    Files.createDirectories(dir);
    AtomicFiles.write(definition, text.getBytes(StandardCharsets.UTF_8));
    info("Wrote " + definition + " (target " + target + ", module " + projectModule + ").");
    info(
        "Next: edit it, then run 'dddgen generate"
            + (dir.toString().equals(".") ? "" : " -f " + definition)
            + "'.");
    return ExitCodes.OK;
  }

  private String defaultName() {
    Path absolute = dir.toAbsolutePath().normalize();
    String folder = absolute.getFileName() == null ? "app" : absolute.getFileName().toString();
    String kebab = Names.kebab(folder).replaceAll("[^a-z0-9-]", "").replaceAll("^[^a-z]+", "");
    return kebab.isEmpty() ? "app" : kebab;
  }

  private String starter(String projectName, String projectModule) {
    return """
        # A dddgen definition. For completion in editors: 'dddgen schema > dddgen.schema.json',
        # then add the line '# yaml-language-server: $schema=dddgen.schema.json' at the top.
        version: 1
        project:
          name: %s
          target: %s
          module: %s
          output: backend        # generated code goes here, relative to this file

        # Who may call the service: a bearer JWT from your identity provider (JWT_ISSUER,
        # JWT_AUDIENCE and JWT_JWKS_URL override these at run time). For an open service write
        # 'security: { default: public }' instead.
        security:
          jwt:
            issuer: https://id.example.com/
            audience: %s-api
            jwks: https://id.example.com/.well-known/jwks.json
            rolesClaim: roles    # a dotted path such as realm_access.roles works too
          default: authenticated # any valid token; or a role list such as [admin]; or public

        valueObjects:
          Email: { type: string, pattern: "^[^@\\\\s]+@[^@\\\\s]+$", pii: true }

        aggregates:
          # No 'commands'/'queries': the conventional create, update, delete, get and list.
          Member:
            fields:
              email: { type: Email, unique: true }
              name:  { type: string, minLength: 1, maxLength: 120 }
          Task:
            fields:
              title:    { type: string, minLength: 1, maxLength: 200 }
              ownerId:  { type: ref, to: Member }
              status:   { type: enum, values: [OPEN, DONE], default: OPEN }
              dueOn:    { type: date, optional: true }
            commands:
              CreateTask:   { create: true, emits: TaskCreated }
              CompleteTask: { when: { status: [OPEN] }, set: { status: DONE }, emits: TaskCompleted }
            queries:
              GetTask:   { by: id }
              ListTasks: { filter: [ownerId, status], paginate: true }
            events:
              TaskCreated:   { fields: [ownerId, title] }
              TaskCompleted: { fields: [ownerId] }
        """
        .formatted(projectName, target, projectModule, projectName);
  }
}
