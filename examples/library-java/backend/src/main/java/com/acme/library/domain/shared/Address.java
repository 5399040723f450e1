// This file was generated once by dddgen and is meant to be edited by hand.
// dddgen merges later regenerations into it three-way (see .dddgen/).
package com.acme.library.domain.shared;

/**
 * The Address value object: its parts, checked together by {@code check}; the constructor rebuilds
 * a stored value and checks nothing.
 */
public record Address(String street, String city, String postcode, GeoPoint location) {
  /** The Address of {@code draft}, or null with its problems recorded under {@code field.part}. */
  public static Address check(Validator validator, String field, Draft draft) {
    if (draft == null) {
      return null;
    }
    int before = validator.errors().size();
    validator.required(field + ".street", draft.street());
    String street = draft.street();
    validator.minLength(field + ".street", street, 1);
    validator.maxLength(field + ".street", street, 200);
    validator.required(field + ".city", draft.city());
    String city = draft.city();
    String postcode = draft.postcode();
    GeoPoint.Draft location = draft.location();
    GeoPoint locationValue = GeoPoint.check(validator, field + ".location", location);
    return validator.errors().size() == before
        ? new Address(street, city, postcode, locationValue)
        : null;
  }

  /** The parts of a Address as a request gives them: unchecked, null when absent. */
  public static record Draft(
      String street, String city, String postcode, GeoPoint.Draft location) {}
}
