import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.ElementFilter;

/**
 * Writes, for every package of the tool that declares records, a class {@code ViewGetters} that
 * reads each record's template names by plain method calls: its components in declaration order,
 * then its own public no-arg methods by name (except toString and hashCode), the names and order
 * the renderer's {@code ViewAccessors} finds by reflection. An annotation processor run by the
 * build on the tool's main sources (compiled first by the build: {@code javac -d DIR
 * ViewGettersProcessor.java}).
 *
 * <p>Why: read through method handles, every getter was unreflected and adapted on a cold start,
 * and each one called often was customised into a class spun at run time (about 22 per shop
 * generation on JDK 17, 32 on JDK 25), which neither JDK's archive can hold and C1 then compiled,
 * with the JDK's internal ASM that spun them.
 */
public final class ViewGettersProcessor extends AbstractProcessor {
  private static final String ROOT = "dev.dddgen";
  private boolean written;

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("*");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (written || round.processingOver()) {
      return false;
    }
    written = true;
    Map<String, List<TypeElement>> byPackage = new TreeMap<>();
    for (Element root : round.getRootElements()) {
      collect(root, byPackage);
    }
    byPackage.forEach(this::write);
    return false;
  }

  /** The records in and under {@code element} that code of their package can name. */
  private void collect(Element element, Map<String, List<TypeElement>> byPackage) {
    if (!(element instanceof TypeElement type) || type.getModifiers().contains(Modifier.PRIVATE)) {
      return;
    }
    String pack = processingEnv.getElementUtils().getPackageOf(type).getQualifiedName().toString();
    if (!pack.startsWith(ROOT)) {
      return;
    }
    if (type.getKind() == ElementKind.RECORD) {
      byPackage.computeIfAbsent(pack, p -> new ArrayList<>()).add(type);
    }
    for (Element inner : type.getEnclosedElements()) {
      collect(inner, byPackage);
    }
  }

  /** The names templates read on {@code record}, in the order reflection gives them. */
  private static List<String> names(TypeElement record) {
    Set<String> names = new LinkedHashSet<>();
    for (RecordComponentElement component : record.getRecordComponents()) {
      names.add(component.getSimpleName().toString());
    }
    List<ExecutableElement> methods =
        new ArrayList<>(ElementFilter.methodsIn(record.getEnclosedElements()));
    methods.sort(Comparator.comparing(m -> m.getSimpleName().toString()));
    for (ExecutableElement method : methods) {
      String name = method.getSimpleName().toString();
      if (method.getModifiers().contains(Modifier.PUBLIC)
          && !method.getModifiers().contains(Modifier.STATIC)
          && method.getParameters().isEmpty()
          && method.getReturnType().getKind() != TypeKind.VOID
          && !name.equals("toString")
          && !name.equals("hashCode")) {
        names.add(name);
      }
    }
    return List.copyOf(names);
  }

  private void write(String pack, List<TypeElement> records) {
    records.sort(Comparator.comparing(r -> r.getQualifiedName().toString()));
    StringBuilder types = new StringBuilder();
    StringBuilder names = new StringBuilder();
    StringBuilder dispatch = new StringBuilder();
    StringBuilder readers = new StringBuilder();
    for (int i = 0; i < records.size(); i++) {
      TypeElement record = records.get(i);
      String name = record.getQualifiedName().toString();
      String wildcards =
          record.getTypeParameters().isEmpty()
              ? ""
              : "<"
                  + String.join(", ", record.getTypeParameters().stream().map(p -> "?").toList())
                  + ">";
      List<String> members = names(record);
      types.append("          ").append(name).append(".class,\n");
      names.append("          {");
      for (int m = 0; m < members.size(); m++) {
        names.append(m == 0 ? "" : ", ").append('"').append(members.get(m)).append('"');
      }
      names.append("},\n");
      dispatch
          .append("      case ")
          .append(i)
          .append(":\n")
          .append("        return read")
          .append(i)
          .append("((")
          .append(name)
          .append(wildcards)
          .append(") view, member);\n");
      readers
          .append("\n  private static Object read")
          .append(i)
          .append('(')
          .append(name)
          .append(wildcards)
          .append(" view, int member) {\n    switch (member) {\n");
      for (int m = 0; m < members.size(); m++) {
        readers
            .append("      case ")
            .append(m)
            .append(":\n        return view.")
            .append(members.get(m))
            .append("();\n");
      }
      readers.append(
          "      default:\n        throw new IndexOutOfBoundsException(member);\n    }\n  }\n");
    }
    String source =
        "package "
            + pack
            + ";\n\n"
            + "/** Generated by the build (cli/src/build/ViewGettersProcessor.java): the template names of this\n"
            + " * package's records, read by plain calls. */\n"
            + "@javax.annotation.processing.Generated(\"ViewGettersProcessor\")\n"
            + "public final class ViewGetters extends dev.dddgen.render.GeneratedGetters {\n"
            + "  public ViewGetters() {\n"
            + "    super(\n        new Class<?>[] {\n"
            + types
            + "        },\n"
            + "        new String[][] {\n"
            + names
            + "        });\n  }\n\n"
            + "  @Override\n"
            + "  protected Object read(Object view, int type, int member) {\n"
            + "    switch (type) {\n"
            + dispatch
            + "      default:\n        throw new IndexOutOfBoundsException(type);\n    }\n  }\n"
            + readers
            + "}\n";
    try (Writer out =
        processingEnv
            .getFiler()
            .createSourceFile(pack + ".ViewGetters", records.toArray(new Element[0]))
            .openWriter()) {
      out.write(source);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + pack + ".ViewGetters", e);
    }
  }
}
