package dev.dddgen.conformance;

import dev.dddgen.api.Api;
import dev.dddgen.api.Operation.Kind;
import dev.dddgen.api.Resource;
import dev.dddgen.api.Sample;
import dev.dddgen.api.Sample.Member;
import dev.dddgen.api.Sample.Obj;
import dev.dddgen.api.Scenarios;
import dev.dddgen.conformance.Client.Request;
import dev.dddgen.model.Aggregate;
import dev.dddgen.model.Entity;
import dev.dddgen.model.Field;
import dev.dddgen.model.FieldType;
import dev.dddgen.model.Samples;
import dev.dddgen.model.Scalar;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * What a create refuses, and how: every 400 kind (malformed JSON, unknown members top-level and
 * nested, wrong JSON types, missing and invalid fields, U+0000, references to nothing), 415 for a
 * body that is not JSON, 413 for one over 1 MiB (declared and chunked), 409 for each unique field.
 */
final class BodyCases {
  private static final int MAX_BODY_BYTES = 1 << 20;

  private final Conformance run;
  private final Resource resource;
  private final Aggregate aggregate;
  private final String collection;

  BodyCases(Conformance run, Resource resource) {
    this.run = run;
    this.resource = resource;
    this.aggregate = resource.aggregate();
    this.collection = resource.collectionPath();
  }

  private String name(String kind) {
    return resource.name() + ": " + kind;
  }

  void run() throws Exception {
    if (resource.operation(Kind.CREATE).isEmpty()) {
      return;
    }
    Obj valid = run.fixtures().body(aggregate, Map.of(), false);
    unreadable();
    for (Field field : aggregate.fields()) {
      if (!field.omittable()) {
        post(
            "create without " + field.name(),
            with(valid, m -> m.name().equals(field.name()) ? null : m),
            field.name());
      }
      post(
          "create with " + field.name() + " of the wrong JSON type",
          with(valid, field, wrongType(field)),
          field.name());
      if (field.type() instanceof FieldType.Reference) {
        post(
            "create with " + field.name() + " naming nothing",
            with(valid, field, new Sample.Text(UUID.randomUUID().toString())),
            field.name());
      }
    }
    invalidValues(valid);
    invalidEntityItem(valid);
    integralNumber(valid);
    post(
        "create with an unknown member",
        plus(valid, new Member("zzUnknown", new Sample.Bare("1"))),
        "zzUnknown");
    nestedUnknown(valid);
    aggregate.fields().stream()
        .filter(f -> plainText(f) && f.constraints().pattern().isEmpty())
        .findFirst()
        .ifPresent(
            // Refused as a whole, before any field is read: PostgreSQL cannot store the character.
            f ->
                run.check(
                    name("create with U+0000 in " + f.name()),
                    Request.of(
                        "POST",
                        collection,
                        Conformance.json(with(valid, f, new Sample.Text("a\u0000b")))),
                    Expect.problem(400, collection).noErrors()));
    run.check(
        name("create sent as text/plain"),
        Request.of("POST", collection, Conformance.json(valid), "Content-Type", "text/plain"),
        Expect.problem(415, collection).noErrors());
    byte[] big =
        ("{\"zzPadding\":\"" + "x".repeat(MAX_BODY_BYTES) + "\"}").getBytes(StandardCharsets.UTF_8);
    run.checkRaw(
        name("create over 1 MiB, declared"),
        collection,
        big,
        false,
        Expect.problem(413, collection));
    run.checkRaw(
        name("create over 1 MiB, chunked"), collection, big, true, Expect.problem(413, collection));
    // JSON text is UTF-8 (RFC 8259): bytes that are not are refused, never stored as U+FFFD.
    byte[] notUtf8 = {'{', '"', 'z', 'z', '"', ':', '"', (byte) 0xff, (byte) 0xfe, '"', '}'};
    run.checkRaw(
        name("create with a body that is not UTF-8"),
        collection,
        notUtf8,
        false,
        Expect.problem(400, collection).noErrors());
    for (Field field : aggregate.fields()) {
      if (field.unique()) {
        Answer first =
            run.client()
                .send(
                    Request.of(
                        "POST",
                        collection,
                        Conformance.json(run.fixtures().body(aggregate, Map.of(), false))));
        var taken = first.json().path(field.name());
        Obj again = run.fixtures().body(aggregate, Map.of(), false);
        Sample value =
            taken.isString()
                ? new Sample.Text(taken.asString())
                : new Sample.Bare(taken.toString());
        run.check(
            name("create with a taken " + field.name()),
            Request.of("POST", collection, Conformance.json(with(again, field, value))),
            Expect.problem(409, collection).errors(field.name()));
      }
    }
  }

  /** Bodies that are no JSON object: refused as a whole, no field to blame. */
  private void unreadable() {
    Map<String, String> bodies = new LinkedHashMap<>();
    bodies.put("malformed JSON", "{\"zz\": ");
    bodies.put("a body that is not JSON", "not json at all");
    bodies.put("a JSON array", "[1, 2]");
    bodies.put("an empty body", "");
    bodies.put("two JSON values", "{} {}");
    bodies.forEach(
        (kind, body) ->
            run.check(
                name("create with " + kind),
                Request.of("POST", collection, body),
                Expect.problem(400, collection).noErrors()));
  }

  /** Every value that breaks a constraint, all at once: each broken field in errors[]. */
  private void invalidValues(Obj valid) {
    Scenarios scenarios = run.fixtures().scenarios();
    scenarios
        .invalid(aggregate)
        .ifPresent(
            invalid -> {
              List<String> broken = invalid.fields().stream().map(f -> f.split("\\.")[0]).toList();
              Obj body = valid;
              for (Member m : invalid.body().members()) {
                if (broken.contains(m.name())) {
                  body = with(body, aggregate.field(m.name()).orElseThrow(), m.value());
                }
              }
              List<String> rejected = new ArrayList<>();
              for (Member m : invalid.body().members()) {
                if (broken.contains(m.name()) && m.value() instanceof Sample.Text text) {
                  rejected.add(text.value());
                }
              }
              run.check(
                  name("create with every constraint broken"),
                  Request.of("POST", collection, Conformance.json(body)),
                  Expect.problem(400, collection)
                      .errors(invalid.fields().toArray(String[]::new))
                      .check(a -> echoed(a, rejected)));
            });
  }

  /** A child entity's item with its first breakable field broken: named by its index. */
  private void invalidEntityItem(Obj valid) {
    for (Entity entity : aggregate.entities()) {
      for (Field field : entity.fields()) {
        var bad = Samples.invalid(run.api().model(), field);
        Member list =
            valid.members().stream()
                .filter(m -> m.name().equals(Api.listProperty(entity)))
                .findFirst()
                .orElse(null);
        if (bad.isPresent() && list != null && !run.fixtures().scenarios().composite(field)) {
          Obj item = (Obj) ((Sample.Array) list.value()).items().get(0);
          Obj broken =
              with(
                  item, field, Scenarios.scalar(run.fixtures().scenarios().leaf(field), bad.get()));
          post(
              "create with an invalid " + list.name() + "[0]." + field.name(),
              replace(valid, list.name(), new Sample.Array(List.of(broken))),
              list.name() + "[0]." + field.name());
          return;
        }
      }
    }
  }

  /**
   * An integer written as an integral number ({@code 2.0}): JSON Schema, and so the OpenAPI
   * document, counts it as an integer.
   */
  private void integralNumber(Obj valid) {
    for (Member m : valid.members()) {
      Field field = aggregate.field(m.name()).orElse(null);
      if (field != null
          && !field.unique()
          && field.type() instanceof FieldType.Builtin b
          && (b.scalar() == Scalar.INT || b.scalar() == Scalar.LONG)) {
        String literal = ((Sample.Bare) m.value()).literal();
        run.check(
            name("create with " + field.name() + " as an integral number"),
            Request.of(
                "POST",
                collection,
                Conformance.json(
                    replace(
                        run.fixtures().body(aggregate, Map.of(), false),
                        field.name(),
                        new Sample.Bare(literal + ".0")))),
            Expect.success(201)
                .check(
                    a ->
                        a.json().path(field.name()).toString().equals(literal)
                            ? null
                            : field.name()
                                + " is "
                                + a.json().path(field.name())
                                + ", not "
                                + literal));
        return;
      }
    }
  }

  /** An unknown member inside a composite value object, or inside a child entity's item. */
  private void nestedUnknown(Obj valid) {
    for (Member m : valid.members()) {
      if (m.value() instanceof Obj inner) {
        post(
            "create with an unknown member in " + m.name(),
            replace(valid, m.name(), plus(inner, new Member("zzUnknown", new Sample.Bare("1")))),
            m.name() + ".zzUnknown");
        return;
      }
      if (m.value() instanceof Sample.Array items && !items.items().isEmpty()) {
        Obj item = (Obj) items.items().get(0);
        post(
            "create with an unknown member in " + m.name() + "[0]",
            replace(
                valid,
                m.name(),
                new Sample.Array(
                    List.of(plus(item, new Member("zzUnknown", new Sample.Bare("1")))))),
            m.name() + "[0].zzUnknown");
        return;
      }
    }
  }

  /** A refused value may be personal data: the answer names the field, never the value. */
  private static String echoed(Answer answer, List<String> rejected) {
    return rejected.stream()
        .filter(value -> value.length() >= 4 && answer.body().contains(value))
        .findFirst()
        .map(value -> "the refused value " + value + " is echoed")
        .orElse(null);
  }

  private void post(String kind, Obj body, String... fields) {
    run.check(
        name(kind),
        Request.of("POST", collection, Conformance.json(body)),
        Expect.problem(400, collection).errors(fields));
  }

  /**
   * A JSON value of another type than the field's: a boolean where a string goes, a string where a
   * number, a boolean or an object goes.
   */
  private Sample wrongType(Field field) {
    return !run.fixtures().scenarios().composite(field)
            && Scenarios.scalar(run.fixtures().scenarios().leaf(field), "x") instanceof Sample.Text
        ? new Sample.Bare("true")
        : new Sample.Text("seven");
  }

  private boolean plainText(Field field) {
    Field leaf = run.fixtures().scenarios().leaf(field);
    return leaf.type() instanceof FieldType.Builtin b
        && (b.scalar() == Scalar.STRING || b.scalar() == Scalar.TEXT);
  }

  private static Obj with(Obj body, Field field, Sample value) {
    List<Member> members = new ArrayList<>();
    boolean found = false;
    for (Member m : body.members()) {
      if (m.name().equals(field.name())) {
        members.add(new Member(m.name(), value));
        found = true;
      } else {
        members.add(m);
      }
    }
    if (!found) {
      members.add(new Member(field.name(), value));
    }
    return new Obj(members);
  }

  private static Obj with(Obj body, UnaryOperator<Member> change) {
    return new Obj(body.members().stream().map(change).filter(Objects::nonNull).toList());
  }

  private static Obj replace(Obj body, String name, Sample value) {
    return with(body, m -> m.name().equals(name) ? new Member(name, value) : m);
  }

  private static Obj plus(Obj body, Member member) {
    List<Member> members = new ArrayList<>(body.members());
    members.add(member);
    return new Obj(members);
  }
}
