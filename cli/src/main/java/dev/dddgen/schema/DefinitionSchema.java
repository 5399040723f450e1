package dev.dddgen.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Schema of dddgen.yaml. It is kept as a file ({@code schema/dddgen.schema.json} in the
 * repository, packaged into the jar) so editors can point at it; a test checks it against the
 * parser's keys and validates every example with it. Being a committed file, it lists the built-in
 * stacks as {@code project.target}'s values, not those a plug-in adds (see docs/stacks.md).
 */
public final class DefinitionSchema {
  public static final String RESOURCE = "/schema/dddgen.schema.json";

  private DefinitionSchema() {}

  public static String json() {
    try (InputStream in = DefinitionSchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the jar lacks " + RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
