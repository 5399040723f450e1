package dev.dddgen.stack.go;

import dev.dddgen.api.Api;
import dev.dddgen.model.Aggregate;
import dev.dddgen.model.DomainModel;
import dev.dddgen.model.Field;
import dev.dddgen.model.Lifecycle;
import dev.dddgen.model.Query;
import dev.dddgen.stack.go.HttpTestsViews.Created;
import dev.dddgen.stack.go.HttpTestsViews.ListTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The list test of the generated HTTP handler tests: three rows that match every filter, one per
 * filter that does not, the query that selects the first, and the filters a bad value breaks.
 */
final class HttpListTests {
  private HttpListTests() {}

  static ListTest of(
      GoProject p, DomainModel model, Aggregate a, String path, String validConst, Query query) {
    List<String> filters = new ArrayList<>();
    for (String name : query.filters()) {
      if (a.field(name).map(f -> !f.unique()).orElse(false)) {
        filters.add(name);
      }
    }
    List<Created> bodies = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      bodies.add(body(model, a, filters, i, null));
    }
    List<Created> others = new ArrayList<>();
    List<String> conditions = new ArrayList<>();
    List<String> bad = new ArrayList<>();
    for (int j = 0; j < filters.size(); j++) {
      String name = filters.get(j);
      Field f = a.field(name).orElseThrow();
      String v = HttpTestsBodies.value(model, f, false);
      if (Lifecycle.readOnly(a, f)) {
        // Created at its default; the other value is reached through actions, when they can.
        v = HttpTestsBodies.json(f, f.defaultValue().orElseThrow());
        String other = HttpTestsBodies.other(model, f, v);
        Created base = body(model, a, filters, 10 + j, null);
        HttpTestsStates.reached(p, a, Map.of(name, other.replace("\"", "")))
            .map(r -> new Created(base.changes(), r.steps(), r.version()))
            .ifPresent(others::add);
      } else {
        others.add(body(model, a, filters, 10 + j, name));
      }
      conditions.add(name + "=" + (v.startsWith("\"") ? v.substring(1, v.length() - 1) : v));
      if (!HttpTestsBodies.text(model, f)) {
        // "x" is no number, date, id or enum value; it is a perfectly good text filter.
        bad.add(name);
      }
    }
    return new ListTest(
        query.name(),
        List.copyOf(bodies),
        List.copyOf(others),
        "\"" + path + "?" + String.join("&", conditions) + "\"",
        HttpTestsViews.fieldNames(bad));
  }

  /**
   * The n-th body of the list test: its filter fields set, its unique fields made distinct by
   * {@code n} and the {@code changed} field given another value; only what differs is spelled.
   */
  private static Created body(
      DomainModel model, Aggregate a, List<String> filters, int n, String changed) {
    List<String[]> parts = new ArrayList<>();
    for (Field f : Api.writableFields(a)) {
      boolean differs =
          f.unique() || f.name().equals(changed) || (f.omittable() && filters.contains(f.name()));
      if (!differs) {
        continue;
      }
      String v = HttpTestsBodies.value(model, f, false);
      if (f.unique()) {
        v = HttpTestsBodies.bump(model, f, v, n);
      }
      if (f.name().equals(changed)) {
        v = HttpTestsBodies.other(model, f, v);
      }
      parts.add(new String[] {f.name(), v});
    }
    return new Created(
        parts.isEmpty() ? Optional.empty() : Optional.of(HttpTestsBodies.jsonObject(parts)),
        List.of(),
        1);
  }
}
