package dev.dddgen.api;

import dev.dddgen.model.Aggregate;
import dev.dddgen.model.Field;
import java.util.List;
import java.util.Optional;

/**
 * An aggregate as an HTTP resource: its collection and item paths and its operations (commands in
 * the definition's order, then queries).
 *
 * @param segment the collection's URL segment ({@code order-lines}), also the prefix of the
 *     contract's keys
 */
public record Resource(
    Aggregate aggregate,
    String segment,
    String collectionPath,
    String itemPath,
    List<Operation> operations) {

  public Resource {
    operations = List.copyOf(operations);
  }

  /**
   * The field holding the owner's subject when the aggregate is {@code ownedBy}: a caller without a
   * role of {@link dev.dddgen.model.Security#ownerBypass} sees, lists and changes only the rows
   * whose owner is its token's subject; another's row is {@link Status#NOT_FOUND}, and a create or
   * update naming another owner {@link Denial#NOT_OWNER}.
   */
  public Optional<Field> owner() {
    return aggregate.owner();
  }

  public String name() {
    return aggregate.name();
  }

  /** The first operation of a kind: an aggregate has at most one of each but actions. */
  public Optional<Operation> operation(Operation.Kind kind) {
    return operations.stream().filter(o -> o.kind() == kind).findFirst();
  }

  public List<Operation> operations(Operation.Kind kind) {
    return operations.stream().filter(o -> o.kind() == kind).toList();
  }

  /** The operation that runs a command or query. */
  public Operation operation(String useCase) {
    return operations.stream().filter(o -> o.name().equals(useCase)).findFirst().orElseThrow();
  }
}
