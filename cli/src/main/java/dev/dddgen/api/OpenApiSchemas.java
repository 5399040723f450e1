package dev.dddgen.api;

import dev.dddgen.model.Aggregate;
import dev.dddgen.model.Constraints;
import dev.dddgen.model.DomainModel;
import dev.dddgen.model.Entity;
import dev.dddgen.model.Field;
import dev.dddgen.model.FieldType;
import dev.dddgen.model.Scalar;
import dev.dddgen.model.ValueObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON schemas of the OpenAPI document: request bodies as the handlers decode them (unknown
 * fields refused, required exactly when the domain requires them, constraints as the domain
 * validates them), responses as the DTOs encode them. PII fields carry {@code x-pii: true}.
 */
final class OpenApiSchemas {
  /** The end of a timestamp: {@code Z} or a UTC offset within ±18:00. */
  static final String TIMESTAMP_OFFSET = "(?:Z|[+-](?:(?:0[0-9]|1[0-7]):[0-5][0-9]|18:00))$";

  /**
   * The decimals the handlers read: the pattern and length limit of every stack's decimal parsing.
   */
  static final String DECIMAL_PATTERN = "^[+-]?[0-9]+(\\.[0-9]+)?$";

  static final int DECIMAL_MAX_LENGTH = 100;

  /** The decimals of {@link #DECIMAL_PATTERN} that are at least 0 (negative zero included). */
  static final String NON_NEGATIVE_DECIMAL_PATTERN = "^(\\+?[0-9]+(\\.[0-9]+)?|-0+(\\.0+)?)$";

  /** Text without the NUL character, which PostgreSQL cannot store and both services refuse. */
  static final String NO_NUL_PATTERN = "^[^\\x00]*$";

  static final String SCHEMAS = "#/components/schemas/";

  private final Api api;
  private final DomainModel model;

  OpenApiSchemas(Api api) {
    this.api = api;
    this.model = api.model();
  }

  Map<String, Object> schemas() {
    Map<String, Object> schemas = new LinkedHashMap<>();
    for (ValueObject vo : model.valueObjects()) {
      if (vo.simple()) {
        schemas.put(vo.name(), withPii(scalarSchema(vo.wrapped(), false), vo.pii()));
      } else {
        schemas.put(vo.name(), object(vo.fields(), false, List.of(), false));
        schemas.put(vo.name() + "Input", object(vo.fields(), true, List.of(), false));
      }
    }
    for (Resource resource : api.resources()) {
      Aggregate a = resource.aggregate();
      List<Map.Entry<String, Object>> head =
          List.of(
              Map.entry("id", OrderedMaps.of("type", "string", "format", "uuid")),
              Map.entry("version", OrderedMaps.of("type", "integer", "format", "int64")),
              Map.entry("createdAt", OrderedMaps.of("type", "string", "format", "date-time")),
              Map.entry("updatedAt", OrderedMaps.of("type", "string", "format", "date-time")));
      Map<String, Object> root = object(a.fields(), false, head, false);
      markReadOnly(root, Api.readOnlyFields(a));
      for (Entity e : a.entities()) {
        addProperty(
            root,
            Api.listProperty(e),
            OrderedMaps.of("type", "array", "items", ref(SCHEMAS + e.name())),
            true);
      }
      schemas.put(a.name(), root);
      for (Entity e : a.entities()) {
        schemas.put(
            e.name(),
            object(
                e.fields(),
                false,
                List.of(Map.entry("id", OrderedMaps.of("type", "string", "format", "uuid"))),
                false));
        schemas.put(e.name() + "Input", object(e.fields(), true, List.of(), false));
      }
      for (Operation op : resource.operations()) {
        op.request().ifPresent(body -> schemas.put(body.schema(), request(a, body)));
      }
      schemas.put(
          a.name() + "Page",
          OrderedMaps.of(
              "type",
              "object",
              "required",
              List.of("items", "nextCursor"),
              "properties",
              OrderedMaps.of(
                  "items", OrderedMaps.of("type", "array", "items", ref(SCHEMAS + a.name())),
                  "nextCursor",
                      OrderedMaps.of(
                          "type",
                          List.of("string", "null"),
                          "description",
                          "The cursor of the next page, null on the last page."))));
    }
    schemas.put(
        "Problem",
        OrderedMaps.of(
            "type",
            "object",
            "description",
            "An RFC 9457 problem detail.",
            "required",
            List.of("type", "title", "status"),
            "properties",
            OrderedMaps.of(
                "type", OrderedMaps.of("type", "string"),
                "title", OrderedMaps.of("type", "string"),
                "status", OrderedMaps.of("type", "integer"),
                "detail", OrderedMaps.of("type", "string"),
                "instance", OrderedMaps.of("type", "string"),
                "errors", OrderedMaps.of("type", "array", "items", ref(SCHEMAS + "FieldError")))));
    schemas.put(
        "FieldError",
        OrderedMaps.of(
            "type",
            "object",
            "required",
            List.of("field", "message"),
            "properties",
            OrderedMaps.of(
                "field",
                OrderedMaps.of("type", "string"),
                "message",
                OrderedMaps.of("type", "string"))));
    return schemas;
  }

  /**
   * The value objects' schemas as a response writes them (an event's data refers to them), by name.
   */
  Map<String, Object> valueObjectSchemas() {
    Map<String, Object> schemas = new LinkedHashMap<>();
    for (ValueObject vo : model.valueObjects()) {
      schemas.put(
          vo.name(),
          vo.simple()
              ? withPii(scalarSchema(vo.wrapped(), false), vo.pii())
              : object(vo.fields(), false, List.of(), false));
    }
    return schemas;
  }

  /**
   * An event's data: every field present, in the JSON forms of the HTTP API's responses, null where
   * the field is optional.
   */
  Map<String, Object> eventData(List<Field> fields) {
    return object(fields, false, List.of(), false);
  }

  /**
   * A request body: an action's parameters, or every field and entity list of a create or update;
   * with the version the write checks.
   */
  private Map<String, Object> request(Aggregate a, Request body) {
    List<Map.Entry<String, Object>> version =
        switch (body.version()) {
          case NONE -> List.of();
          case REQUIRED ->
              List.of(
                  Map.entry(
                      "version",
                      OrderedMaps.of(
                          "type",
                          "integer",
                          "format",
                          "int64",
                          "description",
                          "The current version of the "
                              + a.name()
                              + "; required unless the If-Match header gives it.")));
          case OPTIONAL ->
              List.of(
                  Map.entry(
                      "version",
                      OrderedMaps.of(
                          "type",
                          List.of("integer", "null"),
                          "format",
                          "int64",
                          "description",
                          "When given (or in If-Match), the current version of the "
                              + a.name()
                              + ".")));
        };
    Map<String, Object> request = object(body.fields(), true, version, false);
    for (Entity e : body.entities()) {
      addProperty(
          request,
          Api.listProperty(e),
          OrderedMaps.of(
              "type", List.of("array", "null"), "items", ref(SCHEMAS + e.name() + "Input")),
          false);
    }
    return request;
  }

  private Map<String, Object> object(
      List<Field> fields,
      boolean request,
      List<Map.Entry<String, Object>> head,
      boolean headRequired) {
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("type", "object");
    schema.put("required", new ArrayList<String>());
    schema.put("properties", new LinkedHashMap<String, Object>());
    for (Map.Entry<String, Object> entry : head) {
      addProperty(schema, entry.getKey(), entry.getValue(), !request || headRequired);
    }
    for (Field f : fields) {
      boolean required = request ? !f.omittable() : true;
      boolean nullable = request ? f.omittable() : f.optional();
      addProperty(schema, f.name(), fieldSchema(f, request, nullable), required);
    }
    if (request) {
      schema.put("additionalProperties", false);
    }
    @SuppressWarnings("unchecked")
    List<String> required = (List<String>) schema.get("required");
    if (required.isEmpty()) {
      schema.remove("required");
    }
    return schema;
  }

  /**
   * Marks the fields only commands change {@code readOnly} in the resource's schema (its create and
   * update bodies leave them out), saying which commands change them.
   */
  @SuppressWarnings("unchecked")
  private static void markReadOnly(
      Map<String, Object> schema, List<Request.ReadOnlyField> readOnly) {
    Map<String, Object> properties = (Map<String, Object>) schema.get("properties");
    for (Request.ReadOnlyField field : readOnly) {
      Map<String, Object> property =
          new LinkedHashMap<>((Map<String, Object>) properties.get(field.field().name()));
      property.put("readOnly", true);
      String said = property.get("description") instanceof String d ? d + " " : "";
      property.put(
          "description",
          said
              + (field.changedBy().isEmpty()
                  ? "Set by create to its default."
                  : "Changed only by " + String.join(", ", field.changedBy()) + "."));
      properties.put(field.field().name(), property);
    }
  }

  @SuppressWarnings("unchecked")
  private static void addProperty(
      Map<String, Object> schema, String name, Object property, boolean required) {
    ((Map<String, Object>) schema.get("properties")).put(name, property);
    if (required) {
      ((List<String>) schema.computeIfAbsent("required", k -> new ArrayList<String>())).add(name);
    }
  }

  private Map<String, Object> fieldSchema(Field f, boolean request, boolean nullable) {
    Map<String, Object> schema;
    if (f.type() instanceof FieldType.ValueObjectType vot) {
      ValueObject vo = model.valueObject(vot.name()).orElseThrow();
      String target = SCHEMAS + vo.name() + (vo.simple() || !request ? "" : "Input");
      schema =
          nullable
              ? OrderedMaps.of("anyOf", List.of(ref(target), OrderedMaps.of("type", "null")))
              : ref(target);
      return withPii(schema, f.pii() && !vo.pii());
    }
    schema = scalarSchema(f, request);
    if (nullable) {
      Object type = schema.get("type");
      schema.put("type", List.of(type, "null"));
      if (schema.get("enum") instanceof List<?> values) {
        List<Object> withNull = new ArrayList<>(values);
        withNull.add(null);
        schema.put("enum", withNull);
      }
    }
    return withPii(schema, f.pii());
  }

  private static Map<String, Object> withPii(Map<String, Object> schema, boolean pii) {
    if (pii) {
      schema.put("x-pii", true);
    }
    return schema;
  }

  /** The JSON form of a scalar, enum or reference field with the constraints the domain checks. */
  private Map<String, Object> scalarSchema(Field f, boolean request) {
    Map<String, Object> s = new LinkedHashMap<>();
    FieldType type = f.type();
    if (type instanceof FieldType.Enumeration e) {
      s.put("type", "string");
      s.put("enum", new ArrayList<Object>(e.values()));
      f.defaultValue().ifPresent(d -> s.put("default", d));
      return s;
    }
    if (type instanceof FieldType.Reference r) {
      s.put("type", "string");
      s.put("format", "uuid");
      s.put(
          "description",
          "The id of " + OpenApiDocument.article(r.aggregate()) + " " + r.aggregate() + ".");
      return s;
    }
    if (type instanceof FieldType.ValueObjectType) {
      return fieldSchema(f, request, false);
    }
    Scalar scalar = ((FieldType.Builtin) type).scalar();
    Constraints c = f.constraints();
    switch (scalar) {
      case STRING, TEXT -> {
        s.put("type", "string");
        c.minLength().ifPresent(n -> s.put("minLength", n));
        c.maxLength().ifPresent(n -> s.put("maxLength", n));
        // Both services refuse the NUL character (PostgreSQL text cannot hold it).
        if (c.pattern().isPresent()) {
          s.put("pattern", c.pattern().get());
          s.put("allOf", List.of(Map.of("pattern", NO_NUL_PATTERN)));
        } else {
          s.put("pattern", NO_NUL_PATTERN);
        }
      }
      case INT, LONG -> {
        s.put("type", "integer");
        s.put("format", scalar == Scalar.INT ? "int32" : "int64");
        c.min().ifPresent(n -> s.put("minimum", n));
        c.max().ifPresent(n -> s.put("maximum", n));
      }
      case DECIMAL -> {
        s.put("type", "string");
        s.put("format", "decimal");
        // JSON Schema cannot bound a number written as a string; "at least 0", the usual
        // bound of amounts and prices, is a pattern that says exactly what the services accept.
        boolean nonNegative = c.min().filter(n -> n.signum() == 0).isPresent();
        s.put("pattern", nonNegative ? NON_NEGATIVE_DECIMAL_PATTERN : DECIMAL_PATTERN);
        s.put("maxLength", DECIMAL_MAX_LENGTH);
        List<String> bounds = new ArrayList<>();
        c.min()
            .ifPresent(
                n -> {
                  s.put("x-minimum", n);
                  bounds.add("at least " + n.toPlainString());
                });
        c.max()
            .ifPresent(
                n -> {
                  s.put("x-maximum", n);
                  bounds.add("at most " + n.toPlainString());
                });
        s.put(
            "description",
            "An exact decimal number written as a string"
                + (bounds.isEmpty() ? "" : ", " + String.join(" and ", bounds))
                + ".");
      }
      case BOOL -> s.put("type", "boolean");
      case UUID -> {
        s.put("type", "string");
        s.put("format", "uuid");
      }
      case DATE -> {
        s.put("type", "string");
        s.put("format", "date");
      }
      case TIMESTAMP -> {
        s.put("type", "string");
        s.put("format", "date-time");
        // RFC 3339 allows offsets up to ±23:59; java.time (and so the Java service) up to ±18:00.
        s.put("pattern", TIMESTAMP_OFFSET);
      }
    }
    f.defaultValue().ifPresent(d -> s.put("default", defaultValue(scalar, d)));
    return s;
  }

  private static Object defaultValue(Scalar scalar, String literal) {
    return switch (scalar) {
      case BOOL -> Boolean.parseBoolean(literal);
      case INT, LONG -> new java.math.BigDecimal(literal);
      default -> literal;
    };
  }

  /**
   * A list filter: the field's type without its constraints (the handler compares for equality).
   */
  Map<String, Object> filterSchema(Field field) {
    Field f = field;
    if (f.type() instanceof FieldType.ValueObjectType vot) {
      ValueObject vo = model.valueObject(vot.name()).orElseThrow();
      f = vo.wrapped();
    }
    Map<String, Object> s =
        scalarSchema(
            new Field(
                f.name(),
                f.type(),
                false,
                java.util.Optional.empty(),
                Constraints.NONE,
                false,
                false,
                java.util.Optional.empty(),
                java.util.Optional.empty()),
            false);
    s.remove("description");
    if ("decimal".equals(s.get("format"))) {
      s.remove("x-minimum");
      s.remove("x-maximum");
    }
    return s;
  }

  private static Map<String, Object> ref(String target) {
    return OrderedMaps.of("$ref", target);
  }
}
