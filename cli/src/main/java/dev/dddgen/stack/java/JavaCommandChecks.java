package dev.dddgen.stack.java;

import static dev.dddgen.stack.java.JavaPoetFiles.LIST;
import static dev.dddgen.stack.java.JavaPoetFiles.checkedValue;
import static dev.dddgen.stack.java.JavaPoetFiles.constraintChecks;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import dev.dddgen.model.Aggregate;
import dev.dddgen.model.Command;
import dev.dddgen.stack.java.JavaProject.JField;
import java.util.ArrayList;
import java.util.List;

/**
 * What an aggregate root's factory and command methods start with, built with JavaPoet: their
 * parameters, the validation of every input (all problems reported at once), and the guard that
 * refuses a command in a state its {@code when} does not allow.
 */
final class JavaCommandChecks {
  private final JavaProject p;

  JavaCommandChecks(JavaProject project) {
    this.p = project;
  }

  /** The validation's own locals: a method calling {@link #validation} declares them too. */
  static final String[] VALIDATION_LOCALS = {"validator", "i", "item", "checkedItem"};

  List<ParameterSpec> inputs(List<JField> fields, JavaLocals names) {
    return fields.stream()
        .map(f -> ParameterSpec.builder(f.inputType(), names.of(f)).build())
        .toList();
  }

  static String localNames(
      List<JField> fields, List<JavaProject.JEntity> entities, JavaLocals names) {
    List<String> out = new ArrayList<>(fields.stream().map(names::of).toList());
    entities.forEach(e -> out.add(names.of(e)));
    return String.join(", ", out);
  }

  List<ParameterSpec> entityInputs(List<JavaProject.JEntity> entities, JavaLocals names) {
    return entities.stream()
        .map(
            e ->
                ParameterSpec.builder(ParameterizedTypeName.get(LIST, e.draft()), names.of(e))
                    .build())
        .toList();
  }

  /** Refuses the command unless the aggregate's state is one its {@code when} allows. */
  void guard(MethodSpec.Builder m, Aggregate aggregate, Command command) {
    if (!command.guards().isEmpty()) {
      List<CodeBlock> conditions = new ArrayList<>();
      for (Command.Guard guard : command.guards()) {
        JField f = p.field(aggregate, aggregate.field(guard.field()).orElseThrow());
        List<CodeBlock> any = new ArrayList<>();
        for (String value : guard.values()) {
          any.add(
              CodeBlock.of(
                  "$T.equals(this.$N, $L)",
                  java.util.Objects.class,
                  f.ident(),
                  JavaDomainTypes.domainLiteral(f, value)));
        }
        CodeBlock joined = CodeBlock.join(any, " || ");
        conditions.add(any.size() == 1 ? joined : CodeBlock.of("($L)", joined));
      }
      m.beginControlFlow("if (!($L))", CodeBlock.join(conditions, " && "));
      m.addStatement(
          "throw new $T($S)",
          p.shared("GuardException"),
          command.name()
              + " is allowed only when "
              + JavaDomainTypes.allowedWhen(aggregate, command).orElseThrow());
      m.endControlFlow();
    }
  }

  /**
   * Validation statements for {@code fields}; returns the checked value of each (a local or a
   * constant). {@code names} holds {@link #VALIDATION_LOCALS} and the inputs' names.
   */
  List<String> validation(MethodSpec.Builder m, List<JField> fields, JavaLocals names) {
    return validation(m, fields, List.of(), names);
  }

  List<String> validation(
      MethodSpec.Builder m,
      List<JField> fields,
      List<JavaProject.JEntity> entities,
      JavaLocals names) {
    ClassName validator = p.shared("Validator");
    m.addStatement("$T validator = new $T()", validator, validator);
    List<String> args = new ArrayList<>();
    for (JField f : fields) {
      String v = names.of(f);
      if (f.field().defaultValue().isPresent()) {
        m.addStatement(
            "$N = $N != null ? $N : $L",
            v,
            v,
            v,
            JavaDomainTypes.literal(f, f.field().defaultValue().get()));
      } else if (f.required()) {
        m.addStatement("validator.required($S, $N)", f.name(), v);
      }
      constraintChecks(m, f, CodeBlock.of("$S", f.name()), v);
      args.add(checkedValue(m, f, CodeBlock.of("$S", f.name()), v, names));
    }
    List<String> checkedLists = new ArrayList<>();
    for (JavaProject.JEntity e : entities) {
      // Each item is checked under its index ("orderLines[0].quantity"); an absent list is empty.
      String list = names.of(e);
      String items = names.derived(list + "Items");
      checkedLists.add(items);
      m.addStatement("$T<$T> $N = new $T<>()", List.class, e.type(), items, ArrayList.class);
      m.beginControlFlow("if ($N != null)", list);
      m.beginControlFlow("for (int i = 0; i < $N.size(); i++)", list);
      m.addStatement("$T item = $N.get(i)", e.draft(), list);
      m.beginControlFlow("if (item == null)");
      m.addStatement("validator.add($S + i + $S, $S)", e.json() + "[", "]", "is required");
      m.nextControlFlow("else");
      m.addStatement(
          "$T checkedItem = $T.check(validator, $S + i + $S, item)",
          e.type(),
          e.type(),
          e.json() + "[",
          "]");
      m.beginControlFlow("if (checkedItem != null)")
          .addStatement("$N.add(checkedItem)", items)
          .endControlFlow();
      m.endControlFlow();
      m.endControlFlow();
      m.endControlFlow();
    }
    m.addStatement("validator.throwIfInvalid()");
    args.addAll(checkedLists);
    return args;
  }
}
