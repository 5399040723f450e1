package dev.dddgen.workspace;

import dev.dddgen.model.Access;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The access lines of the contract snapshot and what changes to them mean to a client: tightening
 * (a route that needs a token or a role it did not, fewer roles, a resource that became owned, a
 * bypass role removed) locks callers out and is breaking; loosening is listed too, since it opens
 * the service to callers it refused.
 */
final class AccessRules {
  private static final String PUBLIC = "public";

  private AccessRules() {}

  /** {@code public}, {@code authenticated}, {@code roles admin,clerk}. */
  static String describe(Access access) {
    return switch (access.kind()) {
      case PUBLIC -> PUBLIC;
      case AUTHENTICATED -> "authenticated";
      case ROLES -> "roles " + String.join(",", access.roles());
    };
  }

  static boolean isAccessKey(String key) {
    return key.startsWith("access ") || key.startsWith("owner ") || key.equals("ownerbypass");
  }

  /**
   * The access changes from {@code before} to {@code after} (indexed snapshots), of the routes and
   * resources both have. A snapshot without access lines is of a service that checked nothing:
   * every route was public.
   */
  static List<String> changes(Map<String, String> before, Map<String, String> after) {
    List<String> changes = new ArrayList<>();
    for (String key : after.keySet()) {
      if (!key.startsWith("route ") || !before.containsKey(key)) {
        continue;
      }
      String route = key.substring("route ".length());
      String was = before.getOrDefault("access " + route, PUBLIC);
      String now = after.getOrDefault("access " + route, PUBLIC);
      int change = compare(was, now);
      if (change != 0) {
        changes.add(
            (change > 0 ? "tightened" : "loosened")
                + " access to "
                + route
                + ": "
                + was
                + " → "
                + now
                + (change > 0 ? " (callers allowed before are refused)" : ""));
      }
    }
    Set<String> resources = new TreeSet<>();
    before.keySet().stream()
        .filter(k -> k.startsWith("field "))
        .map(k -> k.substring("field ".length(), k.indexOf('.')))
        .forEach(resources::add);
    for (String resource : resources) {
      String was = before.get("owner " + resource);
      String now = after.get("owner " + resource);
      if (was == null && now != null) {
        changes.add(
            "tightened access to "
                + resource
                + ": now owned by "
                + now
                + " (callers see and change only their own)");
      } else if (was != null && now == null) {
        changes.add("loosened access to " + resource + ": no longer owned by " + was);
      } else if (was != null && !was.equals(now)) {
        changes.add("tightened access to " + resource + ": owned by " + now + " instead of " + was);
      }
    }
    if (before.containsKey("ownerbypass") && after.containsKey("ownerbypass")) {
      Set<String> was = roles(before.get("ownerbypass"));
      Set<String> now = roles(after.get("ownerbypass"));
      Set<String> removed = new TreeSet<>(was);
      removed.removeAll(now);
      Set<String> added = new TreeSet<>(now);
      added.removeAll(was);
      if (!removed.isEmpty()) {
        changes.add("tightened ownerBypass: " + String.join(", ", removed) + " no longer sees all");
      }
      if (!added.isEmpty()) {
        changes.add("loosened ownerBypass: " + String.join(", ", added) + " now sees all");
      }
    }
    return changes;
  }

  /**
   * Positive when {@code now} refuses a caller {@code was} allowed, negative when it allows more.
   */
  private static int compare(String was, String now) {
    if (was.equals(now)) {
      return 0;
    }
    int rank = rank(now) - rank(was);
    if (rank != 0) {
      return rank;
    }
    Set<String> before = roles(was.substring("roles ".length()));
    Set<String> after = roles(now.substring("roles ".length()));
    return after.containsAll(before) ? -1 : 1;
  }

  private static int rank(String access) {
    return access.equals(PUBLIC) ? 0 : access.equals("authenticated") ? 1 : 2;
  }

  private static Set<String> roles(String list) {
    Set<String> roles = new TreeSet<>();
    for (String role : list.split(",")) {
      if (!role.isBlank() && !role.equals("none")) {
        roles.add(role.strip());
      }
    }
    return roles;
  }
}
