// This file was generated once by dddgen and is meant to be edited by hand.
// dddgen merges later regenerations into it three-way (see .dddgen/).
package com.acme.library.domain.shared;

import java.util.regex.Pattern;

/**
 * The Phone value object: a string, checked by {@code check}; the constructor rebuilds a stored
 * value and checks nothing.
 */
public record Phone(String value) {
  private static final Pattern PATTERN = Pattern.compile("^\\+[0-9]{6,15}$");

  /** The Phone of {@code value}, or null with its problems recorded under {@code field}. */
  public static Phone check(Validator validator, String field, String value) {
    if (value == null) {
      return null;
    }
    int before = validator.errors().size();
    rules(validator, field, value);
    return validator.errors().size() == before ? new Phone(value) : null;
  }

  private static void rules(Validator validator, String field, String value) {
    validator.pattern(field, value, PATTERN);
  }

  /** Personal data: never printed, so never logged. */
  @Override
  public String toString() {
    return "Phone[redacted]";
  }
}
