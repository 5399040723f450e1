package dev.dddgen.model;

import java.util.Locale;

public enum Target {
  GO,
  JAVA;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
