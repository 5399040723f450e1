package dev.dddgen.naming;

/**
 * The naming rules of the HTTP contract, in one place: the definition's validator checks names with
 * them before a model exists, and {@link Api} resolves every route with them.
 */
public final class Routes {
  private Routes() {}

  /**
   * The URL segment of an aggregate's collection: its plural in kebab case ({@code OrderLines} →
   * {@code order-lines}).
   */
  public static String resourceSegment(String plural) {
    return Names.kebab(plural);
  }

  /** The path of an aggregate's collection: {@code /order-lines}. */
  public static String collectionPath(String plural) {
    return "/" + resourceSegment(plural);
  }

  /** The path of one resource of a collection: {@code /order-lines/{id}}. */
  public static String itemPath(String plural) {
    return collectionPath(plural) + "/{id}";
  }

  /**
   * The verb of an action command: its name without a trailing aggregate name ({@code CancelOrder}
   * on Order → {@code Cancel}); a command named exactly like its aggregate keeps its name.
   */
  public static String actionVerb(String aggregate, String command) {
    return command.endsWith(aggregate) && command.length() > aggregate.length()
        ? command.substring(0, command.length() - aggregate.length())
        : command;
  }

  /**
   * The URL segment of an action command: its verb in kebab case ({@code CancelOrder} → {@code
   * cancel}).
   */
  public static String actionSegment(String aggregate, String command) {
    return Names.kebab(actionVerb(aggregate, command));
  }

  /** The path of an action command: {@code /orders/{id}/cancel}. */
  public static String actionPath(String plural, String aggregate, String command) {
    return itemPath(plural) + "/" + actionSegment(aggregate, command);
  }
}
