package dev.dddgen.model;

import java.util.Locale;

/** The built-in field types. */
public enum Scalar {
  STRING,
  TEXT,
  INT,
  LONG,
  DECIMAL,
  BOOL,
  UUID,
  DATE,
  TIMESTAMP;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean isNumeric() {
    return this == INT || this == LONG || this == DECIMAL;
  }

  public boolean isTextual() {
    return this == STRING || this == TEXT;
  }
}
