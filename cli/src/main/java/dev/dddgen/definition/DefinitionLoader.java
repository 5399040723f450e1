package dev.dddgen.definition;

import dev.dddgen.model.DomainModel;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads, parses and validates a definition file: the one entry point of this package. */
public final class DefinitionLoader {
  private DefinitionLoader() {}

  /**
   * @param displayName how the file is named in messages (as the user wrote it)
   */
  public static DomainModel load(Path file, String displayName)
      throws IOException, DefinitionException {
    return check(file, displayName).model();
  }

  /**
   * A valid definition's model, with what is allowed in it but probably not meant, and the text
   * they point into.
   */
  public record Checked(DomainModel model, List<Problem> warnings, String source) {
    public Checked {
      warnings = List.copyOf(warnings);
    }
  }

  /** As {@link #load(Path, String)}, with the warnings. */
  public static Checked check(Path file, String displayName)
      throws IOException, DefinitionException {
    byte[] bytes = Files.readAllBytes(file);
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .decode(java.nio.ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw new DefinitionException(
          List.of(
              new Problem(
                  SourceLocation.startOf(displayName),
                  "the file is not UTF-8 text",
                  "save it as UTF-8")),
          "");
    }
    return check(displayName, text);
  }

  /**
   * The definition as written, with the location of every name, not validated (its problems are
   * {@link #load}'s to report): to point at a declaration a later step has something to say about.
   */
  public static Definition parse(String displayName, String text) throws DefinitionException {
    return parse(displayName, text, new ArrayList<>());
  }

  private static Definition parse(String displayName, String text, List<Problem> problems)
      throws DefinitionException {
    Optional<YamlNode> root = YamlLoader.load(displayName, text, problems);
    if (root.isEmpty()) {
      throw new DefinitionException(problems, text);
    }
    return DefinitionParser.parse(displayName, root.get(), problems);
  }

  public static DomainModel load(String displayName, String text) throws DefinitionException {
    return check(displayName, text).model();
  }

  public static Checked check(String displayName, String text) throws DefinitionException {
    List<Problem> problems = new ArrayList<>();
    Definition definition = parse(displayName, text, problems);
    DefinitionValidator.Result result = DefinitionValidator.validate(definition);
    problems.addAll(result.problems());
    if (!problems.isEmpty() || result.model().isEmpty()) {
      throw new DefinitionException(problems, result.warnings(), text);
    }
    return new Checked(result.model().get(), result.warnings(), text);
  }
}
