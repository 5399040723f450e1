package dev.dddgen.stack.java;

import static dev.dddgen.stack.java.JavaPoetFiles.UUID_TYPE;
import static dev.dddgen.stack.java.JavaPoetFiles.addPatternConstant;
import static dev.dddgen.stack.java.JavaPoetFiles.checkedValue;
import static dev.dddgen.stack.java.JavaPoetFiles.constraintChecks;
import static dev.dddgen.stack.java.JavaPoetFiles.write;
import static dev.dddgen.stack.java.JavaPoetFiles.writeEditable;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.dddgen.model.Aggregate;
import dev.dddgen.model.FieldType;
import dev.dddgen.model.Scalar;
import dev.dddgen.stack.java.JavaProject.JField;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.lang.model.element.Modifier;

/**
 * The domain's types beside the aggregate root and its events, built with JavaPoet: enums, value
 * objects (simple, enum and composite) and child entities. Each is handed to its template as {@code
 * source}, so that an overriding template may still replace it.
 */
final class JavaDomainValues {
  private final JavaProject p;

  JavaDomainValues(JavaProject project) {
    this.p = project;
  }

  String enumeration(JField field) {
    TypeSpec.Builder type =
        TypeSpec.enumBuilder(field.enumType())
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("The values of $L.", field.name());
    for (String value : ((FieldType.Enumeration) field.field().type()).values()) {
      type.addEnumConstant(value);
    }
    return write(field.enumType().packageName(), type.build());
  }

  /** An enum value object. */
  String enumValueObject(dev.dddgen.model.ValueObject valueObject) {
    TypeSpec.Builder type =
        TypeSpec.enumBuilder(p.shared(valueObject.name()))
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("The $L value object.\n", valueObject.name());
    for (String value : ((FieldType.Enumeration) valueObject.wrapped().type()).values()) {
      type.addEnumConstant(value);
    }
    return write(p.pkg("domain.shared"), type.build());
  }

  /**
   * A simple value object: a record wrapping one value, checked by {@code check} when a request
   * gives it. Its constructor checks nothing: a repository rebuilds stored values with it, as Go's
   * {@code UnmarshalXFromDatabase} does, since they were checked when written (and a constraint
   * tightened since must not make a stored row unreadable).
   */
  String valueObject(dev.dddgen.model.ValueObject valueObject) {
    ClassName self = p.shared(valueObject.name());
    dev.dddgen.model.Field wrapped = valueObject.wrapped();
    Scalar scalar = ((FieldType.Builtin) wrapped.type()).scalar();
    TypeName component = JavaProject.primitive(scalar);
    TypeName boxed = JavaProject.boxed(scalar);
    ClassName validator = p.shared("Validator");
    TypeSpec.Builder type =
        TypeSpec.recordBuilder(self)
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc(
                "The $L value object: a $L, checked by {@code check}; the constructor rebuilds a"
                    + " stored value and checks nothing.\n",
                valueObject.name(),
                scalar.id())
            .recordConstructor(
                MethodSpec.constructorBuilder().addParameter(component, "value").build());
    var c = wrapped.constraints();
    c.pattern()
        .ifPresent(
            pattern ->
                type.addField(
                    FieldSpec.builder(
                            ClassName.get(Pattern.class),
                            "PATTERN",
                            Modifier.PRIVATE,
                            Modifier.STATIC,
                            Modifier.FINAL)
                        .initializer("$T.compile($S)", Pattern.class, pattern)
                        .build()));
    type.addMethod(
        MethodSpec.methodBuilder("check")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(self)
            .addJavadoc(
                "The $L of {@code value}, or null with its problems recorded under {@code"
                    + " field}.\n",
                valueObject.name())
            .addParameter(validator, "validator")
            .addParameter(String.class, "field")
            .addParameter(boxed, "value")
            .beginControlFlow("if (value == null)")
            .addStatement("return null")
            .endControlFlow()
            .addStatement("int before = validator.errors().size()")
            .addStatement("rules(validator, field, value)")
            .addStatement("return validator.errors().size() == before ? new $T(value) : null", self)
            .build());
    MethodSpec.Builder rules =
        MethodSpec.methodBuilder("rules")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .addParameter(validator, "validator")
            .addParameter(String.class, "field")
            .addParameter(boxed, "value");
    c.minLength().ifPresent(n -> rules.addStatement("validator.minLength(field, value, $L)", n));
    c.maxLength().ifPresent(n -> rules.addStatement("validator.maxLength(field, value, $L)", n));
    c.pattern().ifPresent(x -> rules.addStatement("validator.pattern(field, value, PATTERN)"));
    c.min()
        .ifPresent(n -> rules.addStatement("validator.min(field, value, $S)", n.toPlainString()));
    c.max()
        .ifPresent(n -> rules.addStatement("validator.max(field, value, $S)", n.toPlainString()));
    if (c.isEmpty()) {
      rules.addComment("no constraint beyond the type");
    }
    type.addMethod(rules.build());
    if (valueObject.pii()) {
      type.addMethod(redacted(valueObject.name()));
    }
    return writeEditable(self.packageName(), type.build());
  }

  /**
   * A composite value object: a record of checked parts, and its {@code Draft} (the unchecked parts
   * of a request, null when absent) that {@code check} turns into one, reporting problems under
   * {@code field.part}.
   */
  String composite(dev.dddgen.model.ValueObject valueObject) {
    ClassName self = p.shared(valueObject.name());
    List<JField> parts = p.parts(valueObject);
    return parts(
        self,
        CodeBlock.of(
            "The $L value object: its parts, checked together by {@code check}; the constructor"
                + " rebuilds a stored value and checks nothing.\n",
            valueObject.name()),
        parts,
        false,
        valueObject.pii());
  }

  /** A child entity: like a composite value object, with an identity given when it is created. */
  String childEntity(JavaProject.JEntity entity, Aggregate aggregate) {
    return parts(
        entity.type(),
        CodeBlock.of(
            "A $L of a $L: owned by it, stored and loaded with it; checked by {@code check}, the"
                + " constructor rebuilds a stored one and checks nothing.\n",
            entity.entity().name(),
            aggregate.name()),
        entity.fields(),
        true,
        false);
  }

  private String parts(
      ClassName self, CodeBlock doc, List<JField> parts, boolean withId, boolean pii) {
    ClassName draft = self.nestedClass("Draft");
    ClassName validator = p.shared("Validator");
    String name = self.simpleName();
    TypeSpec.Builder type =
        TypeSpec.recordBuilder(self).addModifiers(Modifier.PUBLIC).addJavadoc(doc);
    MethodSpec.Builder components = MethodSpec.constructorBuilder();
    MethodSpec.Builder draftComponents = MethodSpec.constructorBuilder();
    if (withId) {
      components.addParameter(UUID_TYPE, "id");
    }
    for (JField f : parts) {
      components.addParameter(f.domainType(), f.ident());
      // No Jackson annotation in the domain: StrictJson reads "class" into class_.
      draftComponents.addParameter(ParameterSpec.builder(f.inputType(), f.ident()).build());
      addPatternConstant(type, f);
    }
    type.recordConstructor(components.build());
    MethodSpec.Builder check =
        MethodSpec.methodBuilder("check")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(self)
            .addParameter(validator, "validator")
            .addParameter(String.class, "field")
            .addParameter(draft, "draft")
            .addJavadoc(
                "The $L of {@code draft}$L, or null with its problems recorded under {@code"
                    + " field.part}.\n",
                name,
                withId ? " with a new id" : "")
            .beginControlFlow("if (draft == null)")
            .addStatement("return null")
            .endControlFlow()
            .addStatement("int before = validator.errors().size()");
    List<String> checkedParts = new ArrayList<>();
    if (withId) {
      checkedParts.add("$T.next()");
    }
    JavaLocals checkNames =
        JavaLocals.around("validator", "field", "draft", "before").fields(parts);
    for (JField f : parts) {
      String local = checkNames.of(f);
      boolean wrapped = f.isComposite() || f.isValueObject();
      if (f.required() && f.field().defaultValue().isEmpty()) {
        check.addStatement("validator.required(field + $S, draft.$N())", "." + f.name(), f.ident());
      }
      if (f.field().defaultValue().isPresent()) {
        check.addStatement(
            "$T $N = draft.$N() != null ? draft.$N() : $L",
            f.inputType(),
            local,
            f.ident(),
            f.ident(),
            JavaDomainTypes.literal(f, f.field().defaultValue().get()));
      } else {
        check.addStatement("$T $N = draft.$N()", f.inputType(), local, f.ident());
      }
      if (f.isEnum() || wrapped) {
        checkedParts.add(
            checkedValue(check, f, CodeBlock.of("field + $S", "." + f.name()), local, checkNames));
        continue;
      }
      checkedParts.add(local);
      // check() reports in part order, as the Go service does: each part's rules where it stands.
      constraintChecks(check, f, CodeBlock.of("field + $S", "." + f.name()), local);
    }
    check.addStatement(
        "return validator.errors().size() == before ? new $T("
            + String.join(", ", checkedParts)
            + ") : null",
        withId ? new Object[] {self, p.shared("TimeOrderedIds")} : new Object[] {self});
    type.addMethod(check.build());
    type.addType(
        TypeSpec.recordBuilder(draft)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addJavadoc(
                "The parts of a $L as a request gives them: unchecked, null when absent.\n", name)
            .recordConstructor(draftComponents.build())
            .build());
    if (pii) {
      type.addMethod(redacted(name));
    }
    return writeEditable(self.packageName(), type.build());
  }

  /** The toString of a value object holding personal data: never printed, so never logged. */
  private static MethodSpec redacted(String name) {
    return MethodSpec.methodBuilder("toString")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addJavadoc("Personal data: never printed, so never logged.\n")
        .addStatement("return $S", name + "[redacted]")
        .build();
  }
}
