package dev.dddgen.stack;

import dev.dddgen.model.Target;
import dev.dddgen.stack.go.GoTarget;
import dev.dddgen.stack.java.JavaTarget;

/** The generator of each target language. */
public final class Targets {
  private Targets() {}

  public static TargetGenerator of(Target target) {
    return switch (target) {
      case GO -> new GoTarget();
      case JAVA -> new JavaTarget();
    };
  }
}
