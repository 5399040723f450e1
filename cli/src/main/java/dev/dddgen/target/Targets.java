package dev.dddgen.target;

import dev.dddgen.model.Target;
import dev.dddgen.target.go.GoTarget;

/** The generator of each target language. */
public final class Targets {
  private Targets() {}

  public static TargetGenerator of(Target target) {
    return switch (target) {
      case GO -> new GoTarget();
      case JAVA -> throw new UnsupportedOperationException(
          "target 'java' is not yet available: this version generates Go only (set project.target: go)");
    };
  }
}
