package dev.dddgen.stack.java;

import dev.dddgen.definition.Definition.ProjectDef;
import dev.dddgen.definition.Problem;
import dev.dddgen.definition.StackRules;
import dev.dddgen.definition.Text;
import dev.dddgen.naming.ReservedWords;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** What the Java stack requires of a definition beyond the neutral rules. */
public final class JavaRules implements StackRules {
  private static final Pattern JAVA_PACKAGE =
      Pattern.compile("[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)*");

  // Maven's own rule for coordinates ([A-Za-z0-9_\-.]+), without empty dot-separated parts.
  private static final Pattern MAVEN_COORDINATE =
      Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*");

  @Override
  public String id() {
    return "java";
  }

  @Override
  public String language() {
    return "Java";
  }

  @Override
  public Set<String> reservedWords() {
    return ReservedWords.JAVA;
  }

  /**
   * The public types of {@code java.lang}, in lower case: Java imports them into every file, so a
   * generated type of the same name in a package would shadow them there ({@code Class} in {@code
   * domain.shared} breaks the {@code Class<T>} its {@code Validator} uses).
   */
  private static final Set<String> JAVA_LANG_TYPES =
      Set.of(
          "abstractmethoderror",
          "appendable",
          "arithmeticexception",
          "arrayindexoutofboundsexception",
          "arraystoreexception",
          "assertionerror",
          "autocloseable",
          "boolean",
          "bootstrapmethoderror",
          "byte",
          "charsequence",
          "character",
          "class",
          "classcastexception",
          "classcircularityerror",
          "classformaterror",
          "classloader",
          "classnotfoundexception",
          "classvalue",
          "clonenotsupportedexception",
          "cloneable",
          "comparable",
          "deprecated",
          "double",
          "enum",
          "enumconstantnotpresentexception",
          "error",
          "exception",
          "exceptionininitializererror",
          "float",
          "functionalinterface",
          "illegalaccesserror",
          "illegalaccessexception",
          "illegalargumentexception",
          "illegalcallerexception",
          "illegalmonitorstateexception",
          "illegalstateexception",
          "illegalthreadstateexception",
          "incompatibleclasschangeerror",
          "indexoutofboundsexception",
          "inheritablethreadlocal",
          "instantiationerror",
          "instantiationexception",
          "integer",
          "internalerror",
          "interruptedexception",
          "iterable",
          "layerinstantiationexception",
          "linkageerror",
          "long",
          "math",
          "module",
          "modulelayer",
          "negativearraysizeexception",
          "noclassdeffounderror",
          "nosuchfielderror",
          "nosuchfieldexception",
          "nosuchmethoderror",
          "nosuchmethodexception",
          "nullpointerexception",
          "number",
          "numberformatexception",
          "object",
          "outofmemoryerror",
          "override",
          "package",
          "process",
          "processbuilder",
          "processhandle",
          "readable",
          "record",
          "reflectiveoperationexception",
          "runnable",
          "runtime",
          "runtimeexception",
          "runtimepermission",
          "safevarargs",
          "securityexception",
          "securitymanager",
          "short",
          "stackoverflowerror",
          "stacktraceelement",
          "stackwalker",
          "strictmath",
          "string",
          "stringbuffer",
          "stringbuilder",
          "stringindexoutofboundsexception",
          "suppresswarnings",
          "system",
          "thread",
          "threaddeath",
          "threadgroup",
          "threadlocal",
          "throwable",
          "typenotpresentexception",
          "unknownerror",
          "unsatisfiedlinkerror",
          "unsupportedclassversionerror",
          "unsupportedoperationexception",
          "verifyerror",
          "virtualmachineerror",
          "void");

  @Override
  public Set<String> takenTypeNames() {
    return JAVA_LANG_TYPES;
  }

  /**
   * Methods every Java object has that a getter or a record component may not take: a record
   * refuses such a component, and a getter of that name would override or clash with the method
   * ({@code getClass} and {@code wait} are final, {@code hashCode()} would return the field).
   */
  private static final Set<String> OBJECT_METHODS =
      Set.of(
          "clone", "finalize", "getClass", "hashCode", "notify", "notifyAll", "toString", "wait");

  /**
   * Every generated type is a Java object; every aggregate hands out its events with {@code
   * pullEvents()}, and shows them to its repository's outbox with {@code recordedEvents()}; every
   * event is a record whose {@code eventType()} is its name.
   */
  @Override
  public Set<String> generatedMembers(Container kind) {
    Set<String> members = new HashSet<>(OBJECT_METHODS);
    switch (kind) {
      case AGGREGATE -> members.addAll(List.of("pullEvents", "recordedEvents"));
      case EVENT -> members.add("eventType");
      case ENTITY, VALUE_OBJECT -> {}
    }
    return Set.copyOf(members);
  }

  /** Services publish their events to Apache Kafka unless the definition says otherwise. */
  @Override
  public List<String> brokers() {
    return List.of("kafka");
  }

  @Override
  public List<Problem> projectProblems(ProjectDef project) {
    List<Problem> problems = new ArrayList<>();
    Text module = project.module();
    if (module != null
        && (!JAVA_PACKAGE.matcher(module.value()).matches()
            || Arrays.stream(module.value().split("\\.")).anyMatch(ReservedWords::isJava))) {
      problems.add(
          new Problem(
              module.at(),
              "'" + module.value() + "' is not a Java package name",
              "use a package like 'com.acme.shop'"));
    }
    project
        .coordinates()
        .forEach(
            (key, coordinate) -> {
              if (!MAVEN_COORDINATE.matcher(coordinate.value()).matches()) {
                problems.add(
                    new Problem(
                        coordinate.at(),
                        "'" + coordinate.value() + "' is not a Maven " + key + "Id",
                        "use letters, digits, '_', '-' and dots between them, like '"
                            + (key.equals("group") ? "com.acme" : "shop-service")
                            + "'"));
              }
            });
    return problems;
  }

  /** Java's own engine runs the patterns: whatever compiles is accepted. */
  @Override
  public Optional<Fault> patternFault(String pattern) {
    return Optional.empty();
  }
}
