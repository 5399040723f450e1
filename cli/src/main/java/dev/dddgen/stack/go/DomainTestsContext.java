package dev.dddgen.stack.go;

import dev.dddgen.model.Aggregate;
import dev.dddgen.model.DomainModel;
import dev.dddgen.model.Field;
import dev.dddgen.model.FieldType;
import dev.dddgen.model.Samples;
import dev.dddgen.model.ValueObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code tests.domain}: the cases of the generated domain tests. */
final class DomainTestsContext {
  private DomainTestsContext() {}

  static Map<String, Object> of(GoProject p, Aggregate a, Map<String, Object> aggregate) {
    return DomainTestsAggregate.of(p, a, aggregate);
  }

  static Map<String, Object> of(GoProject p, ValueObject vo, Map<String, Object> valueObject) {
    DomainModel model = p.model();
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("name", vo.name());
    String receiver = String.valueOf(valueObject.get("receiver"));
    List<Map<String, Object>> cases = new ArrayList<>();
    if (vo.simple()) {
      Field wrapped = vo.wrapped();
      String enumType = DomainTestsValues.sharedEnum(vo, wrapped);
      String valid = Samples.valid(model, wrapped);
      cases.add(
          kase("valid", "in", DomainTestsValues.literal(model, wrapped, valid, enumType), null));
      Samples.invalid(model, wrapped)
          .ifPresent(
              bad ->
                  cases.add(
                      kase(
                          "invalid",
                          "in",
                          DomainTestsValues.literal(model, wrapped, bad, enumType),
                          "[]string{\"\"}")));
      boolean decimal =
          wrapped.type() instanceof FieldType.Builtin b
              && b.scalar() == dev.dddgen.model.Scalar.DECIMAL;
      map.put(
          "valueCheck",
          decimal
              ? "assert.True(t, tt.in.Equal(" + receiver + ".Value()))"
              : "assert.Equal(t, tt.in, " + receiver + ".Value())");
      if (vo.pii()) {
        String sample = DomainTestsValues.literal(model, wrapped, valid, enumType);
        List<String> hidden = new ArrayList<>();
        if (valid.length() > 3) {
          hidden.add(sample);
        }
        map.put("pii", List.of(Maps.of("sample", sample, "hidden", hidden)));
      } else {
        map.put("pii", List.of());
      }
    } else {
      cases.add(
          kase("valid", "params", DomainTestsValues.params(model, vo, false, null, false), null));
      boolean hasOptional = vo.fields().stream().anyMatch(Field::omittable);
      if (hasOptional) {
        cases.add(
            kase(
                "every part set",
                "params",
                DomainTestsValues.params(model, vo, true, null, false),
                null));
      }
      for (String path : DomainTestsValues.invalidPaths(model, vo)) {
        cases.add(
            kase(
                path + " invalid",
                "params",
                DomainTestsValues.params(model, vo, false, path, false),
                DomainTestsValues.stringList(List.of(path))));
      }
      List<String> required = new ArrayList<>();
      for (Field part : vo.fields()) {
        if (!part.omittable()) {
          required.add(part.name());
        }
      }
      if (!required.isEmpty()) {
        cases.add(
            kase(
                "every part missing",
                "params",
                "shared." + vo.name() + "Params{}",
                DomainTestsValues.stringList(required)));
      }
      List<String> checks = new ArrayList<>();
      for (Field part : vo.fields()) {
        if (part.omittable()) {
          continue;
        }
        String ex = GoNames.exported(part.name());
        if (DomainTestsValues.composite(model, part)) {
          // A composite part is checked by its own value object's test.
          continue;
        }
        String got = receiver + "." + ex + "()";
        Field leaf = part;
        if (part.type() instanceof FieldType.ValueObjectType vot) {
          leaf = model.valueObject(vot.name()).orElseThrow().wrapped();
          got = got + ".Value()";
        }
        boolean decimal =
            leaf.type() instanceof FieldType.Builtin b
                && b.scalar() == dev.dddgen.model.Scalar.DECIMAL;
        checks.add(
            decimal
                ? "assert.True(t, tt.params." + ex + ".Equal(" + got + "))"
                : "assert.Equal(t, *tt.params." + ex + ", " + got + ")");
      }
      map.put("checks", checks);
    }
    map.put("cases", cases);
    return map;
  }

  static Map<String, Object> kase(String name, String key, String value, String wantFields) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", GoNames.quote(name));
    m.put(key, value);
    m.put("wantFields", wantFields == null ? List.of() : List.of(wantFields));
    return m;
  }
}
