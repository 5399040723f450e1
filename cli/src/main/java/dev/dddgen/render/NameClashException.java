package dev.dddgen.render;

import java.util.List;

/**
 * A generated file would use two types of one simple name: a name in the definition is also the
 * name of a type the file imports (a Java query {@code Map} in a controller that imports {@code
 * java.util.Map}). The compiler would refuse the file, or worse, pick the other type.
 */
public final class NameClashException extends ClashException {
  public NameClashException(String path, String name, List<String> types) {
    super(
        "the generated file "
            + path
            + " would use two types named '"
            + name
            + "' ("
            + String.join(" and ", types)
            + "): rename the aggregate, entity, value object, command, query or event '"
            + name
            + "', e.g. to a name that says which aggregate it belongs to");
  }
}
