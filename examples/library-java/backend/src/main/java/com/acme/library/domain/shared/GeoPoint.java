// This file was generated once by dddgen and is meant to be edited by hand.
// dddgen merges later regenerations into it three-way (see .dddgen/).
package com.acme.library.domain.shared;

import java.math.BigDecimal;

/**
 * The GeoPoint value object: its parts, checked together by {@code check}; the constructor rebuilds
 * a stored value and checks nothing.
 */
public record GeoPoint(BigDecimal lat, BigDecimal lng) {
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

  /** The parts of a GeoPoint as a request gives them: unchecked, null when absent. */
  public static record Draft(BigDecimal lat, BigDecimal lng) {}
}
