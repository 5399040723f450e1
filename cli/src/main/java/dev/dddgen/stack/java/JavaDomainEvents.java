package dev.dddgen.stack.java;

import static dev.dddgen.stack.java.JavaPoetFiles.INSTANT;
import static dev.dddgen.stack.java.JavaPoetFiles.UUID_TYPE;
import static dev.dddgen.stack.java.JavaPoetFiles.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.dddgen.model.Aggregate;
import dev.dddgen.model.Event;
import dev.dddgen.model.FieldType;
import dev.dddgen.stack.java.JavaProject.JField;
import javax.lang.model.element.Modifier;

/**
 * The domain events of the Java target, built with JavaPoet: a record per event, its fields either
 * copied from the aggregate or its own. Each is handed to its template as {@code source}, so that
 * an overriding template may still replace it.
 */
final class JavaDomainEvents {
  private final JavaProject p;

  JavaDomainEvents(JavaProject project) {
    this.p = project;
  }

  /**
   * An event's field: the aggregate's when copied from it, else its own (an enum shares the
   * parameter's type).
   */
  JField eventField(Aggregate aggregate, Event event, Event.EventField ef) {
    if (ef.fromAggregate()) {
      return p.field(aggregate, aggregate.field(ef.field().name()).orElseThrow());
    }
    String owner =
        ef.field().type() instanceof FieldType.Enumeration values
            ? p.enumOwner(aggregate, ef.field().name(), values, event.name())
            : "";
    return p.field(aggregate, ef.field(), owner);
  }

  /** The record type of one of the aggregate's events. */
  static ClassName eventType(JavaProject p, Aggregate aggregate, Event event) {
    return ClassName.get(p.domainPackage(aggregate), event.name());
  }

  String event(Aggregate aggregate, Event event) {
    ClassName self = eventType(p, aggregate, event);
    MethodSpec.Builder components =
        MethodSpec.constructorBuilder().addParameter(UUID_TYPE, "aggregateId");
    for (Event.EventField ef : event.fields()) {
      JField f = eventField(aggregate, event, ef);
      components.addParameter(f.domainType(), f.ident());
    }
    components.addParameter(INSTANT, "occurredAt");
    TypeSpec type =
        TypeSpec.recordBuilder(self)
            .addModifiers(Modifier.PUBLIC)
            .addSuperinterface(p.shared("DomainEvent"))
            .recordConstructor(components.build())
            .addJavadoc(
                "Recorded by $L; published once the $L is stored.\n",
                aggregate.name(),
                aggregate.name())
            .addMethod(
                MethodSpec.methodBuilder("eventType")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(String.class)
                    .addStatement("return $S", event.name())
                    .build())
            .build();
    return write(self.packageName(), type);
  }
}
