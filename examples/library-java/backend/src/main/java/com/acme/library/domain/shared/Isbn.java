// This file was generated once by dddgen and is meant to be edited by hand.
// dddgen merges later regenerations into it three-way (see .dddgen/).
package com.acme.library.domain.shared;

import java.util.regex.Pattern;

/**
 * The Isbn value object: a string, checked by {@code check}; the constructor rebuilds a stored
 * value and checks nothing.
 */
public record Isbn(String value) {
  private static final Pattern PATTERN = Pattern.compile("^97[89][0-9]{10}$");

  /** The Isbn of {@code value}, or null with its problems recorded under {@code field}. */
  public static Isbn check(Validator validator, String field, String value) {
    if (value == null) {
      return null;
    }
    int before = validator.errors().size();
    rules(validator, field, value);
    return validator.errors().size() == before ? new Isbn(value) : null;
  }

  private static void rules(Validator validator, String field, String value) {
    validator.pattern(field, value, PATTERN);
  }
}
