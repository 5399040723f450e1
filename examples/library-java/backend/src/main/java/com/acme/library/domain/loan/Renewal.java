// This file was generated once by dddgen and is meant to be edited by hand.
// dddgen merges later regenerations into it three-way (see .dddgen/).
package com.acme.library.domain.loan;

import com.acme.library.domain.shared.TimeOrderedIds;
import com.acme.library.domain.shared.Validator;
import java.time.Instant;
import java.util.UUID;

/**
 * A Renewal of a Loan: owned by it, stored and loaded with it; checked by {@code check}, the
 * constructor rebuilds a stored one and checks nothing.
 */
public record Renewal(UUID id, Instant renewedAt, UUID byPersonId, String note) {
  /**
   * The Renewal of {@code draft} with a new id, or null with its problems recorded under {@code
   * field.part}.
   */
  public static Renewal check(Validator validator, String field, Draft draft) {
    if (draft == null) {
      return null;
    }
    int before = validator.errors().size();
    validator.required(field + ".renewedAt", draft.renewedAt());
    Instant renewedAt = draft.renewedAt();
    validator.required(field + ".byPersonId", draft.byPersonId());
    UUID byPersonId = draft.byPersonId();
    String note = draft.note();
    return validator.errors().size() == before
        ? new Renewal(TimeOrderedIds.next(), renewedAt, byPersonId, note)
        : null;
  }

  /** The parts of a Renewal as a request gives them: unchecked, null when absent. */
  public static record Draft(Instant renewedAt, UUID byPersonId, String note) {}
}
