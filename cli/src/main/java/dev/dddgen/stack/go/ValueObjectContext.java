package dev.dddgen.stack.go;

import dev.dddgen.model.ValueObject;

/** Names every value object's views share. */
final class ValueObjectContext {
  private ValueObjectContext() {}

  /** The value object's receiver: p, v and o are its constructor's, validator's and Equal's. */
  static String receiver(ValueObject vo) {
    String lower = vo.name().toLowerCase(java.util.Locale.ROOT);
    String rcv = lower.substring(0, 1);
    // Not t: the generated tests name their *testing.T so.
    if (rcv.equals("p") || rcv.equals("v") || rcv.equals("o") || rcv.equals("t")) {
      rcv = lower.length() > 1 ? lower.substring(0, 2) : rcv + "x";
    }
    return rcv;
  }
}
