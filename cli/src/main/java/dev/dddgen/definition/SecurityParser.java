package dev.dddgen.definition;

import dev.dddgen.definition.Definition.AccessDef;
import dev.dddgen.definition.Definition.AccessEntryDef;
import dev.dddgen.definition.Definition.JwtDef;
import dev.dddgen.definition.Definition.SecurityDef;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the security grammar (issue #18) into the {@link Definition}: the top-level {@code
 * security} section (its {@code jwt}, {@code default} and {@code ownerBypass}) and an aggregate's
 * {@code access}. Shape only, as {@link DefinitionParser}; {@link SecurityRules} judges meaning.
 */
final class SecurityParser {
  static final List<String> SECURITY_KEYS = List.of("jwt", "default", "ownerBypass");
  static final List<String> JWT_KEYS = List.of("issuer", "audience", "jwks", "rolesClaim");

  /** The fix for a definition that says nothing of security: the open service, written down. */
  static final String OPEN_SECURITY = "security: { default: public }";

  private final List<Problem> problems;

  SecurityParser(List<Problem> problems) {
    this.problems = problems;
  }

  /**
   * The definition's {@code security}; null, and a problem located at {@code at} with the one-line
   * fix for an open service, when the definition has none: being open is a choice written down.
   */
  SecurityDef read(Section top, SourceLocation at) {
    if (!top.has("security")) {
      problems.add(
          new Problem(
              at,
              "missing 'security': say who may call the generated service",
              "add '"
                  + OPEN_SECURITY
                  + "' for an open service, or a 'jwt' section and 'default: authenticated'"));
      return null;
    }
    return security(top.node("security"));
  }

  private SecurityDef security(YamlNode node) {
    YamlNode.Mapping mapping = Section.expectMapping(problems, node, "'security'");
    if (mapping == null) {
      return new SecurityDef(node.at(), null, null, List.of());
    }
    Section section = new Section(mapping, "'security'", SECURITY_KEYS, problems);
    JwtDef jwt = null;
    YamlNode.Mapping jwtNode = section.mapping("jwt");
    if (jwtNode != null) {
      Section keys = new Section(jwtNode, "'jwt'", JWT_KEYS, problems);
      jwt =
          new JwtDef(
              jwtNode.at(),
              keys.scalar("issuer"),
              keys.scalar("audience"),
              keys.scalar("jwks"),
              keys.scalar("rolesClaim"));
    }
    return new SecurityDef(
        mapping.at(),
        jwt,
        section.has("default") ? access(section.node("default"), "'default' of 'security'") : null,
        section.scalarList("ownerBypass"));
  }

  /** An access: a keyword ({@code public}, {@code authenticated}) or a list of roles. */
  private AccessDef access(YamlNode node, String what) {
    if (node instanceof YamlNode.Scalar scalar && scalar.text().kind() != Text.Kind.NULL) {
      return new AccessDef(node.at(), scalar.text(), List.of());
    }
    if (node instanceof YamlNode.Sequence) {
      return new AccessDef(node.at(), null, Section.scalars(problems, node, what));
    }
    problems.add(
        new Problem(
            node.at(),
            what + " must be public, authenticated or a list of roles, not " + node.describe(),
            "write 'authenticated', 'public' or '[admin]'"));
    return null;
  }

  /** An aggregate's {@code access}: per operation, who may call it; empty when absent. */
  List<AccessEntryDef> accessEntries(YamlNode.Mapping mapping, String what) {
    if (mapping == null) {
      return List.of();
    }
    List<AccessEntryDef> entries = new ArrayList<>();
    for (YamlNode.Entry entry : mapping.entries()) {
      AccessDef access = access(entry.value(), "'access: " + entry.key().value() + "' of " + what);
      if (access != null) {
        entries.add(new AccessEntryDef(entry.key(), access));
      }
    }
    return List.copyOf(entries);
  }
}
