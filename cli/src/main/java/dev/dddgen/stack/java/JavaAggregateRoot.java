package dev.dddgen.stack.java;

import static dev.dddgen.stack.java.JavaPoetFiles.INSTANT;
import static dev.dddgen.stack.java.JavaPoetFiles.LIST;
import static dev.dddgen.stack.java.JavaPoetFiles.UUID_TYPE;
import static dev.dddgen.stack.java.JavaPoetFiles.addPatternConstant;
import static dev.dddgen.stack.java.JavaPoetFiles.getter;
import static dev.dddgen.stack.java.JavaPoetFiles.writeEditable;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.dddgen.model.Aggregate;
import dev.dddgen.model.Command;
import dev.dddgen.model.Event;
import dev.dddgen.model.Field;
import dev.dddgen.model.Lifecycle;
import dev.dddgen.naming.Names;
import dev.dddgen.stack.java.JavaProject.JField;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The aggregate root of the Java target, built with JavaPoet: its state, its factory and command
 * methods (inputs checked, guards, assignments, events), and the check that every input passes
 * first. Handed to its template as {@code source}, so that an overriding template may still replace
 * it.
 */
final class JavaAggregateRoot {
  private final JavaProject p;

  private final JavaCommandChecks checks;

  JavaAggregateRoot(JavaProject project) {
    this.p = project;
    this.checks = new JavaCommandChecks(project);
  }

  String entity(Aggregate aggregate) {
    ClassName self = p.entity(aggregate);
    ClassName checkedType = self.nestedClass("Checked");
    ClassName event = p.shared("DomainEvent");
    List<JField> fields = p.fields(aggregate);
    List<JField> inputs = p.inputs(aggregate);
    List<JavaProject.JEntity> entities = p.entities(aggregate);
    TypeSpec.Builder type =
        TypeSpec.classBuilder(self)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc(
                "The $L aggregate root. State changes only through its factory and command"
                    + " methods,\n"
                    + "which check every invariant first and record the events to publish.\n",
                aggregate.name());

    // Patterns compile once per class.
    for (JField f : fields) {
      addPatternConstant(type, f);
    }
    type.addField(UUID_TYPE, "id", Modifier.PRIVATE, Modifier.FINAL);
    type.addField(TypeName.LONG, "version", Modifier.PRIVATE);
    type.addField(INSTANT, "createdAt", Modifier.PRIVATE, Modifier.FINAL);
    type.addField(INSTANT, "updatedAt", Modifier.PRIVATE);
    for (JField f : fields) {
      type.addField(f.domainType(), f.ident(), Modifier.PRIVATE);
    }
    for (JavaProject.JEntity e : entities) {
      type.addField(ParameterizedTypeName.get(LIST, e.type()), e.ident(), Modifier.PRIVATE);
    }
    type.addField(
        FieldSpec.builder(
                ParameterizedTypeName.get(LIST, event),
                "pendingEvents",
                Modifier.PRIVATE,
                Modifier.FINAL)
            .initializer("new $T<>()", ArrayList.class)
            .build());

    MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE);
    MethodSpec.Builder restore =
        MethodSpec.methodBuilder("restore")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(self)
            .addJavadoc(
                "A $L as stored: no invariant is checked again (persistence only).\n",
                aggregate.name());
    JavaLocals stateNames =
        JavaLocals.around("id", "version", "createdAt", "updatedAt")
            .fields(fields)
            .entities(entities);
    List<ParameterSpec> state = new ArrayList<>();
    state.add(ParameterSpec.builder(UUID_TYPE, "id").build());
    state.add(ParameterSpec.builder(TypeName.LONG, "version").build());
    state.add(ParameterSpec.builder(INSTANT, "createdAt").build());
    state.add(ParameterSpec.builder(INSTANT, "updatedAt").build());
    for (JField f : fields) {
      state.add(ParameterSpec.builder(f.domainType(), stateNames.of(f)).build());
    }
    for (JavaProject.JEntity e : entities) {
      state.add(
          ParameterSpec.builder(ParameterizedTypeName.get(LIST, e.type()), stateNames.of(e))
              .build());
    }
    constructor.addParameters(state);
    restore.addParameters(state);
    List<String> stateArgs = state.stream().map(ParameterSpec::name).toList();
    constructor
        .addStatement("this.id = id")
        .addStatement("this.version = version")
        .addStatement("this.createdAt = createdAt")
        .addStatement("this.updatedAt = updatedAt");
    for (JField f : fields) {
      constructor.addStatement("this.$N = $N", f.ident(), stateNames.of(f));
    }
    for (JavaProject.JEntity e : entities) {
      constructor.addStatement("this.$N = $T.copyOf($N)", e.ident(), List.class, stateNames.of(e));
    }
    restore.addStatement("return new $T($L)", self, String.join(", ", stateArgs));
    type.addMethod(constructor.build());

    for (Command command : aggregate.commands()) {
      String method = JavaProject.ident(Names.camel(command.name()));
      switch (command.kind()) {
        case CREATE -> {
          JavaLocals names =
              JavaLocals.around("now", "checked", "created").fields(inputs).entities(entities);
          MethodSpec.Builder m =
              MethodSpec.methodBuilder(method)
                  .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                  .returns(self)
                  .addJavadoc(
                      "$L: a new $L, every invariant checked (all problems reported at once).\n",
                      command.name(),
                      aggregate.name())
                  .addParameters(checks.inputs(inputs, names))
                  .addParameters(checks.entityInputs(entities, names))
                  .addParameter(INSTANT, "now");
          m.addStatement(
              "$T checked = check($L)",
              checkedType,
              JavaCommandChecks.localNames(inputs, entities, names));
          List<CodeBlock> args = new ArrayList<>();
          args.add(CodeBlock.of("$T.next()", p.shared("TimeOrderedIds")));
          args.add(CodeBlock.of("1, now, now"));
          for (JField f : fields) {
            // Lifecycle state is no input: a new aggregate starts at its default.
            args.add(
                inputs.contains(f)
                    ? CodeBlock.of("checked.$N()", f.ident())
                    : f.field()
                        .defaultValue()
                        .map(v -> JavaDomainTypes.domainLiteral(f, v))
                        .orElse(CodeBlock.of("null")));
          }
          for (JavaProject.JEntity e : entities) {
            args.add(CodeBlock.of("checked.$N()", e.ident()));
          }
          m.addStatement("$T created = new $T($L)", self, self, CodeBlock.join(args, ", "));
          command
              .emits()
              .ifPresent(
                  e -> m.addStatement("created.raise($L)", newEvent(aggregate, e, "created")));
          m.addStatement("return created");
          type.addMethod(m.build());
        }
        case UPDATE -> {
          JavaLocals names = JavaLocals.around("now", "checked").fields(inputs).entities(entities);
          MethodSpec.Builder m =
              MethodSpec.methodBuilder(method)
                  .addModifiers(Modifier.PUBLIC)
                  .addJavadoc(
                      "$L: replaces every field$L, every invariant checked; raises the version.\n",
                      command.name(),
                      keptWords(aggregate))
                  .addParameters(checks.inputs(inputs, names))
                  .addParameters(checks.entityInputs(entities, names))
                  .addParameter(INSTANT, "now");
          m.addStatement(
              "$T checked = check($L)",
              checkedType,
              JavaCommandChecks.localNames(inputs, entities, names));
          checks.guard(m, aggregate, command);
          for (JField f : inputs) {
            m.addStatement("this.$N = checked.$N()", f.ident(), f.ident());
          }
          for (JavaProject.JEntity e : entities) {
            m.addStatement("this.$N = checked.$N()", e.ident(), e.ident());
          }
          m.addStatement("touch(now)");
          command
              .emits()
              .ifPresent(e -> m.addStatement("raise($L)", newEvent(aggregate, e, "this")));
          type.addMethod(m.build());
        }
        case DELETE -> {
          MethodSpec.Builder m =
              MethodSpec.methodBuilder(method)
                  .addModifiers(Modifier.PUBLIC)
                  .addJavadoc(
                      "$L: called before the $L is removed.\n", command.name(), aggregate.name())
                  .addParameter(INSTANT, "now");
          checks.guard(m, aggregate, command);
          if (command.emits().isPresent()) {
            m.addStatement("raise($L)", newEvent(aggregate, command.emits().get(), "this"));
          } else if (command.guards().isEmpty()) {
            m.addComment("nothing to check nor to record");
          }
          type.addMethod(m.build());
        }
        case ACTION -> type.addMethod(action(aggregate, command));
      }
    }
    type.addMethod(restore.build());

    type.addMethod(getter("id", UUID_TYPE))
        .addMethod(getter("version", TypeName.LONG))
        .addMethod(getter("createdAt", INSTANT))
        .addMethod(getter("updatedAt", INSTANT));
    for (JField f : fields) {
      type.addMethod(getter(f.ident(), f.domainType()));
    }
    for (JavaProject.JEntity e : entities) {
      type.addMethod(getter(e.ident(), ParameterizedTypeName.get(LIST, e.type())));
    }
    if (p.publishesEvents()) {
      type.addMethod(
          MethodSpec.methodBuilder("recordedEvents")
              .addModifiers(Modifier.PUBLIC)
              .addJavadoc(
                  "The events recorded and not yet pulled, oldest first: the repository writes them"
                      + " to the outbox with the aggregate.\n")
              .returns(ParameterizedTypeName.get(LIST, event))
              .addStatement("return $T.copyOf(pendingEvents)", List.class)
              .build());
    }
    type.addMethod(
        MethodSpec.methodBuilder("pullEvents")
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc(
                "The events recorded since the last call, oldest first; the aggregate forgets"
                    + " them.\n")
            .returns(ParameterizedTypeName.get(LIST, event))
            .addStatement("$T<$T> events = $T.copyOf(pendingEvents)", List.class, event, List.class)
            .addStatement("pendingEvents.clear()")
            .addStatement("return events")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("raise")
            .addModifiers(Modifier.PRIVATE)
            .addParameter(event, "event")
            .addStatement("pendingEvents.add(event)")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("touch")
            .addModifiers(Modifier.PRIVATE)
            .addParameter(INSTANT, "now")
            .addStatement("version++")
            .addStatement("updatedAt = now")
            .build());
    type.addMethod(check(inputs, entities, checkedType));

    TypeSpec.Builder checked =
        TypeSpec.recordBuilder(checkedType)
            .addModifiers(Modifier.PRIVATE)
            .addJavadoc("Inputs that passed every check, as the entity holds them.\n");
    MethodSpec.Builder components = MethodSpec.constructorBuilder();
    for (JField f : inputs) {
      components.addParameter(f.domainType(), f.ident());
    }
    for (JavaProject.JEntity e : entities) {
      components.addParameter(ParameterizedTypeName.get(LIST, e.type()), e.ident());
    }
    checked.recordConstructor(components.build());
    type.addType(checked.build());
    return writeEditable(self.packageName(), type.build());
  }

  private MethodSpec check(
      List<JField> fields, List<JavaProject.JEntity> entities, ClassName checkedType) {
    JavaLocals names =
        JavaLocals.around(JavaCommandChecks.VALIDATION_LOCALS).fields(fields).entities(entities);
    MethodSpec.Builder m =
        MethodSpec.methodBuilder("check")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(checkedType)
            .addParameters(checks.inputs(fields, names))
            .addParameters(checks.entityInputs(entities, names));
    List<String> args = checks.validation(m, fields, entities, names);
    m.addStatement("return new $T($L)", checkedType, String.join(", ", args));
    return m.build();
  }

  /** The action method: parameters checked, then the guard, then the assignments and the event. */
  private MethodSpec action(Aggregate aggregate, Command command) {
    List<JField> params = command.params().stream().map(f -> p.field(aggregate, f)).toList();
    List<String> fixed = new ArrayList<>(List.of(JavaCommandChecks.VALIDATION_LOCALS));
    fixed.add("now");
    JavaLocals names = JavaLocals.around(fixed.toArray(String[]::new)).fields(params);
    MethodSpec.Builder m =
        MethodSpec.methodBuilder(JavaDomainTypes.actionMethod(aggregate, command))
            .addModifiers(Modifier.PUBLIC)
            .addParameters(checks.inputs(params, names))
            .addParameter(INSTANT, "now");
    m.addJavadoc(
        "$L$L.\n",
        command.name(),
        JavaDomainTypes.allowedWhen(aggregate, command)
            .map(w -> ": allowed only when " + w)
            .orElse(""));
    List<String> checked = params.isEmpty() ? List.of() : checks.validation(m, params, names);
    checks.guard(m, aggregate, command);
    for (Command.Assignment assignment : command.assignments()) {
      JField f = p.field(aggregate, aggregate.field(assignment.field()).orElseThrow());
      m.addStatement(
          "this.$N = $L", f.ident(), JavaDomainTypes.domainLiteral(f, assignment.value()));
    }
    for (int i = 0; i < params.size(); i++) {
      JField param = params.get(i);
      if (aggregate.field(param.name()).isPresent()) {
        m.addStatement("this.$N = $L", JavaProject.ident(param.name()), checked.get(i));
      }
    }
    m.addStatement("touch(now)");
    command
        .emits()
        .ifPresent(
            e -> {
              java.util.Map<String, String> locals = new java.util.HashMap<>();
              for (int i = 0; i < params.size(); i++) {
                locals.put(params.get(i).name(), checked.get(i));
              }
              m.addStatement("raise($L)", newEvent(aggregate, e, "this", locals));
            });
    return m.build();
  }

  private CodeBlock newEvent(Aggregate aggregate, String eventName, String source) {
    return newEvent(aggregate, eventName, source, java.util.Map.of());
  }

  /**
   * The event's fields: a parameter of the command of the same name, else the aggregate's field.
   */
  private CodeBlock newEvent(
      Aggregate aggregate, String eventName, String source, java.util.Map<String, String> params) {
    Event event =
        aggregate.events().stream()
            .filter(e -> e.name().equals(eventName))
            .findFirst()
            .orElseThrow();
    CodeBlock.Builder args =
        CodeBlock.builder()
            .add("new $T($L.id", JavaDomainEvents.eventType(p, aggregate, event), source);
    for (Event.EventField ef : event.fields()) {
      String param = ef.fromAggregate() ? null : params.get(ef.field().name());
      if (param != null) {
        args.add(", $L", param);
      } else {
        args.add(", $L.$N", source, JavaProject.ident(ef.field().name()));
      }
    }
    return args.add(", now)").build();
  }

  /** " but status, which only commands change", or nothing when update writes every field. */
  private static String keptWords(Aggregate aggregate) {
    List<String> kept = Lifecycle.readOnlyFields(aggregate).stream().map(Field::name).toList();
    return kept.isEmpty() ? "" : " but " + String.join(", ", kept) + ", which only commands change";
  }
}
