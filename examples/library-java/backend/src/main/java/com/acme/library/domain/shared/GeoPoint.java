// This file was generated once by dddgen and is meant to be edited by hand.
// dddgen merges later regenerations into it three-way (see .dddgen/).
package com.acme.library.domain.shared;

import java.math.BigDecimal;

/** The GeoPoint value object: its parts are always valid together. */
public record GeoPoint(BigDecimal lat, BigDecimal lng) {
  public GeoPoint {
    Validator validator = new Validator();
    validator.required("lat", lat);
    validator.required("lng", lng);
    rules(validator, "", lat, lng);
    validator.throwIfInvalid();
  }

  /** The GeoPoint of {@code draft}, or null with its problems recorded under {@code field.part}. */
  public static GeoPoint check(Validator validator, String field, Draft draft) {
    if (draft == null) {
      return null;
    }
    int before = validator.errors().size();
    validator.required(field + ".lat", draft.lat());
    BigDecimal lat = draft.lat();
    validator.min(field + ".lat", lat, "-90");
    validator.max(field + ".lat", lat, "90");
    validator.required(field + ".lng", draft.lng());
    BigDecimal lng = draft.lng();
    validator.min(field + ".lng", lng, "-180");
    validator.max(field + ".lng", lng, "180");
    return validator.errors().size() == before ? new GeoPoint(lat, lng) : null;
  }

  private static void rules(Validator validator, String prefix, BigDecimal lat, BigDecimal lng) {
    validator.min(prefix + "lat", lat, "-90");
    validator.max(prefix + "lat", lat, "90");
    validator.min(prefix + "lng", lng, "-180");
    validator.max(prefix + "lng", lng, "180");
  }

  /** The parts of a GeoPoint as a request gives them: unchecked, null when absent. */
  public static record Draft(BigDecimal lat, BigDecimal lng) {}
}
