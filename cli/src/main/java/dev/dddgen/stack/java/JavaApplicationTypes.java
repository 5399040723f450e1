package dev.dddgen.stack.java;

import static dev.dddgen.stack.java.JavaPoetFiles.INSTANT;
import static dev.dddgen.stack.java.JavaPoetFiles.JSON_FORMAT;
import static dev.dddgen.stack.java.JavaPoetFiles.JSON_PROPERTY;
import static dev.dddgen.stack.java.JavaPoetFiles.LIST;
import static dev.dddgen.stack.java.JavaPoetFiles.UUID_TYPE;
import static dev.dddgen.stack.java.JavaPoetFiles.write;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.dddgen.model.Aggregate;
import dev.dddgen.model.Command;
import dev.dddgen.model.Query;
import dev.dddgen.model.Scalar;
import dev.dddgen.naming.Names;
import dev.dddgen.stack.java.JavaProject.JField;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The application's and the HTTP layer's types, built with JavaPoet: commands, queries, DTOs (of
 * aggregates, child entities and composite value objects) and request bodies. Each is handed to its
 * template as {@code source}, so that an overriding template may still replace it.
 */
final class JavaApplicationTypes {
  private final JavaProject p;

  JavaApplicationTypes(JavaProject project) {
    this.p = project;
  }

  ClassName command(Command command) {
    return ClassName.get(p.pkg("application.command"), command.name());
  }

  ClassName query(Query query) {
    return ClassName.get(p.pkg("application.query"), query.name());
  }

  ClassName request(Command command) {
    return ClassName.get(p.pkg("interfaces.http"), command.name() + "Request");
  }

  private ParameterSpec entityInput(JavaProject.JEntity e) {
    ParameterSpec.Builder param =
        ParameterSpec.builder(ParameterizedTypeName.get(LIST, e.draft()), e.ident());
    if (!e.ident().equals(e.json())) {
      param.addAnnotation(
          AnnotationSpec.builder(JSON_PROPERTY).addMember("value", "$S", e.json()).build());
    }
    return param.build();
  }

  private ParameterSpec jsonInput(JField f) {
    ParameterSpec.Builder param = ParameterSpec.builder(f.inputType(), f.ident());
    if (!f.ident().equals(f.name())) {
      param.addAnnotation(
          AnnotationSpec.builder(JSON_PROPERTY).addMember("value", "$S", f.name()).build());
    }
    return param.build();
  }

  String commandRecord(Aggregate aggregate, Command command) {
    MethodSpec.Builder components = MethodSpec.constructorBuilder();
    String doc =
        switch (command.kind()) {
          case CREATE -> "The input of $L: every field of a new $L (the body of its POST).\n";
          case UPDATE ->
              "The input of $L: the $L to change, the version it was read at, and every field.\n";
          case ACTION ->
              "The input of $L: the $L to act on, the version it was read at, and the"
                  + " parameters.\n";
          default ->
              "The input of $L: the $L to remove, and the version it was read at (null: any).\n";
        };
    if (command.kind() != Command.Kind.CREATE) {
      components.addParameter(UUID_TYPE, "id");
    }
    if (command.kind() == Command.Kind.UPDATE || command.kind() == Command.Kind.DELETE) {
      components.addParameter(ClassName.get(Long.class), "version");
    }
    if (command.kind() == Command.Kind.ACTION) {
      components.addParameter(ClassName.get(Long.class), "version");
      command.params().forEach(f -> components.addParameter(jsonInput(p.field(aggregate, f))));
    } else if (command.kind() != Command.Kind.DELETE) {
      p.inputs(aggregate).forEach(f -> components.addParameter(jsonInput(f)));
      p.entities(aggregate).forEach(e -> components.addParameter(entityInput(e)));
    }
    TypeSpec type =
        TypeSpec.recordBuilder(command(command))
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc(doc, command.name(), aggregate.name())
            .recordConstructor(components.build())
            .build();
    return write(p.pkg("application.command"), type);
  }

  /**
   * The body of an update or an action: the command without its id, which comes from the path, and
   * with the version the body gives, which the controller reconciles with If-Match. An update's
   * body has no lifecycle state (the controller refuses it by name), nor has its command.
   */
  String updateRequest(Aggregate aggregate, Command command) {
    List<JField> fields =
        command.kind() == Command.Kind.ACTION
            ? command.params().stream().map(f -> p.field(aggregate, f)).toList()
            : p.inputs(aggregate);
    MethodSpec.Builder components =
        MethodSpec.constructorBuilder().addParameter(ClassName.get(Long.class), "version");
    List<String> args = new ArrayList<>(List.of("id", "expectedVersion"));
    for (JField f : fields) {
      components.addParameter(jsonInput(f));
      args.add(f.ident());
    }
    if (command.kind() == Command.Kind.UPDATE) {
      p.entities(aggregate)
          .forEach(
              e -> {
                components.addParameter(entityInput(e));
                args.add(e.ident());
              });
    }
    TypeSpec type =
        TypeSpec.recordBuilder(request(command))
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc(
                "The body of $L $L/{id}$L.\n",
                command.kind() == Command.Kind.ACTION ? "POST" : "PUT",
                JavaDomainTypes.route(aggregate),
                command.kind() == Command.Kind.ACTION
                    ? "/" + JavaDomainTypes.segment(aggregate, command)
                    : "")
            .recordConstructor(components.build())
            .addMethod(
                MethodSpec.methodBuilder("toCommand")
                    .addModifiers(Modifier.PUBLIC)
                    .returns(command(command))
                    .addParameter(UUID_TYPE, "id")
                    .addParameter(ClassName.get(Long.class), "expectedVersion")
                    .addStatement("return new $T($L)", command(command), String.join(", ", args))
                    .build())
            .build();
    return write(p.pkg("interfaces.http"), type);
  }

  String queryRecord(Aggregate aggregate, Query query) {
    MethodSpec.Builder components = MethodSpec.constructorBuilder();
    String doc;
    if (query.kind() == Query.Kind.BY_ID) {
      components.addParameter(UUID_TYPE, "id");
      doc = "The input of $L: the id of one $L.\n";
    } else {
      for (String filter : query.filters()) {
        components.addParameter(String.class, JavaProject.ident(filter));
      }
      if (query.paginate()) {
        components.addParameter(String.class, "limit").addParameter(String.class, "cursor");
      }
      doc =
          "The input of $L: $L filters and paging as read from the query string (null when"
              + " absent;\n"
              + "parsed and checked by the handler).\n";
    }
    TypeSpec type =
        TypeSpec.recordBuilder(query(query))
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc(doc, query.name(), aggregate.name())
            .recordConstructor(components.build())
            .build();
    return write(p.pkg("application.query"), type);
  }

  String dto(Aggregate aggregate) {
    ClassName self = p.dto(aggregate);
    List<JField> fields = p.fields(aggregate);
    MethodSpec.Builder components =
        MethodSpec.constructorBuilder()
            .addParameter(UUID_TYPE, "id")
            .addParameter(TypeName.LONG, "version")
            .addParameter(INSTANT, "createdAt")
            .addParameter(INSTANT, "updatedAt");
    String var = Names.camel(aggregate.name());
    List<String> args =
        new ArrayList<>(
            List.of(var + ".id()", var + ".version()", var + ".createdAt()", var + ".updatedAt()"));
    for (JField f : fields) {
      components.addParameter(dtoComponent(f, f.scalar() == Scalar.DECIMAL && !f.isEnum()));
      String get = var + "." + f.ident() + "()";
      String unwrap = f.isEnum() ? ".name()" : f.isValueObject() ? ".value()" : null;
      if (f.isComposite()) {
        args.add(compositeDto(f.composite()).simpleName() + ".from(" + get + ")");
      } else {
        args.add(
            unwrap == null
                ? get
                : f.required() ? get + unwrap : get + " == null ? null : " + get + unwrap);
      }
    }
    for (JavaProject.JEntity e : p.entities(aggregate)) {
      ParameterSpec.Builder param =
          ParameterSpec.builder(ParameterizedTypeName.get(LIST, e.dto()), e.ident());
      if (!e.ident().equals(e.json())) {
        param.addAnnotation(
            AnnotationSpec.builder(JSON_PROPERTY).addMember("value", "$S", e.json()).build());
      }
      components.addParameter(param.build());
      args.add(
          var + "." + e.ident() + "().stream().map(" + e.dto().simpleName() + "::from).toList()");
    }
    TypeSpec type =
        TypeSpec.recordBuilder(self)
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("A $L as the API shows it.\n", aggregate.name())
            .recordConstructor(components.build())
            .addMethod(
                MethodSpec.methodBuilder("from")
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .returns(self)
                    .addParameter(p.entity(aggregate), var)
                    .addStatement("return new $T(\n$L)", self, String.join(",\n", args))
                    .build())
            .build();
    return write(self.packageName(), type);
  }

  /** The API form of a composite value object. */
  String compositeDtoSource(dev.dddgen.model.ValueObject valueObject) {
    ClassName domain = p.shared(valueObject.name());
    return partsDto(domain, compositeDto(domain), p.parts(valueObject), false);
  }

  String childEntityDto(JavaProject.JEntity entity) {
    return partsDto(entity.type(), entity.dto(), entity.fields(), true);
  }

  /**
   * A DTO record component: enums as their names, composites as their DTOs, simple value objects as
   * their values; the JSON name where the Java one differs, and a decimal as text when asked (like
   * the Go service: a JSON number would lose the scale, "12.50").
   */
  private ParameterSpec dtoComponent(JField f, boolean decimalAsText) {
    TypeName type =
        f.isEnum()
            ? ClassName.get(String.class)
            : f.isComposite()
                ? compositeDto(f.composite())
                : f.isValueObject()
                    ? (f.required() ? JavaProject.primitive(f.scalar()) : f.inputType())
                    : f.domainType();
    ParameterSpec.Builder param = ParameterSpec.builder(type, f.ident());
    if (!f.ident().equals(f.name())) {
      param.addAnnotation(
          AnnotationSpec.builder(JSON_PROPERTY).addMember("value", "$S", f.name()).build());
    }
    if (decimalAsText) {
      param.addAnnotation(
          AnnotationSpec.builder(JSON_FORMAT)
              .addMember("shape", "$T.Shape.STRING", JSON_FORMAT)
              .build());
    }
    return param.build();
  }

  private String partsDto(ClassName domain, ClassName self, List<JField> parts, boolean withId) {
    MethodSpec.Builder components = MethodSpec.constructorBuilder();
    List<String> args = new ArrayList<>();
    if (withId) {
      components.addParameter(UUID_TYPE, "id");
      args.add("value.id()");
    }
    for (JField f : parts) {
      components.addParameter(dtoComponent(f, f.scalar() == Scalar.DECIMAL && !f.isComposite()));
      String get = "value." + f.ident() + "()";
      args.add(
          f.isEnum()
              ? (f.required() ? get + ".name()" : get + " == null ? null : " + get + ".name()")
              : f.isComposite()
                  ? compositeDto(f.composite()).simpleName() + ".from(" + get + ")"
                  : f.isValueObject()
                      ? (f.required()
                          ? get + ".value()"
                          : get + " == null ? null : " + get + ".value()")
                      : get);
    }
    TypeSpec type =
        TypeSpec.recordBuilder(self)
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("A $L as the API shows it.\n", domain.simpleName())
            .recordConstructor(components.build())
            .addMethod(
                MethodSpec.methodBuilder("from")
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .returns(self)
                    .addParameter(domain, "value")
                    .addStatement(
                        "return value == null ? null : new $T($L)", self, String.join(", ", args))
                    .build())
            .build();
    return write(self.packageName(), type);
  }

  ClassName compositeDto(ClassName composite) {
    return ClassName.get(p.pkg("application.dto"), composite.simpleName() + "Dto");
  }
}
