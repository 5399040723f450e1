package dev.dddgen.stack.java;

import com.palantir.javapoet.CodeBlock;
import dev.dddgen.model.Aggregate;
import dev.dddgen.model.Command;
import dev.dddgen.naming.Names;
import dev.dddgen.naming.ReservedWords;
import dev.dddgen.naming.Routes;
import dev.dddgen.stack.java.JavaProject.JField;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * The Java stack's spelling of the rules its generated types, contexts and tests share: an action's
 * method, route segment and guard wording, a collection's route, a value's literal. The types are
 * built by {@link JavaAggregateRoot}, {@link JavaDomainValues} and {@link JavaApplicationTypes}.
 */
final class JavaDomainTypes {
  private JavaDomainTypes() {}

  /** The path segment of an action: {@code RenewLoan} is {@code /loans/{id}/renew}. */
  static String segment(Aggregate aggregate, Command command) {
    return Routes.actionSegment(aggregate.name(), command.name());
  }

  static String route(Aggregate aggregate) {
    return Routes.collectionPath(aggregate.plural());
  }

  /**
   * The entity's method of an action: {@code RenewLoan} on Loan is {@code renew} (as in the Go
   * target).
   */
  static String actionMethod(Aggregate aggregate, Command command) {
    String method = Names.camel(Routes.actionVerb(aggregate.name(), command.name()));
    // ReturnLoan cannot be return(): then the method keeps the command's whole name, and Switch on
    // Router, whose whole name is a keyword too, takes the aggregate's (switchRouter).
    if (ReservedWords.isJava(method)) {
      method = Names.camel(command.name());
    }
    return ReservedWords.isJava(method) ? method + aggregate.name() : method;
  }

  /** "status is OPEN and renewable is true", the Go target's words. */
  static Optional<String> allowedWhen(Aggregate aggregate, Command command) {
    if (command.guards().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        String.join(
            " and ",
            command.guards().stream()
                .map(g -> g.field() + " is " + String.join(", ", g.values()))
                .toList()));
  }

  /** A literal of the field's domain type (enum constants qualified by their type). */
  static CodeBlock domainLiteral(JField f, String value) {
    if (f.isValueObject()) {
      return CodeBlock.of("new $T($L)", f.valueObject(), literal(f, value));
    }
    return f.isEnum() ? CodeBlock.of("$T.$L", f.enumType(), value) : literal(f, value);
  }

  /** A default value as a Java expression of the field's input type. */
  static CodeBlock literal(JField f, String value) {
    if (f.isEnum()) {
      return CodeBlock.of("$S", value);
    }
    return switch (f.scalar()) {
      case STRING, TEXT -> CodeBlock.of("$S", value);
      case INT, BOOL -> CodeBlock.of("$L", value);
      case LONG -> CodeBlock.of("$LL", value);
      case DECIMAL -> CodeBlock.of("new $T($S)", BigDecimal.class, value);
      case UUID -> CodeBlock.of("$T.fromString($S)", UUID.class, value);
      case DATE -> CodeBlock.of("$T.parse($S)", LocalDate.class, value);
      case TIMESTAMP -> CodeBlock.of("$T.parse($S)", Instant.class, value);
    };
  }
}
