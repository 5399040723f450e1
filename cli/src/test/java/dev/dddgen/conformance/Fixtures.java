package dev.dddgen.conformance;

import dev.dddgen.api.Api;
import dev.dddgen.api.Operation;
import dev.dddgen.api.Reach;
import dev.dddgen.api.Sample;
import dev.dddgen.api.Sample.Member;
import dev.dddgen.api.Sample.Obj;
import dev.dddgen.api.Scenarios;
import dev.dddgen.model.Aggregate;
import dev.dddgen.model.Entity;
import dev.dddgen.model.Field;
import dev.dddgen.model.FieldType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Valid request bodies for one service, from the api's samples ({@link Scenarios}) made usable on a
 * shared database: every reference names a resource created for it, every unique field gets a value
 * no other request used. Values come from a counter, so the same run sends the same bodies to every
 * target. The personal data it sends is kept for the log audit.
 */
final class Fixtures {
  private final Api api;
  private final Scenarios scenarios;
  private final Client client;
  private final Set<String> personalData = new LinkedHashSet<>();
  private long counter;

  Fixtures(Api api, Client client) {
    this.api = api;
    this.scenarios = Scenarios.of(api);
    this.client = client;
  }

  Scenarios scenarios() {
    return scenarios;
  }

  /** Every value of a personal-data field sent so far. */
  Set<String> personalData() {
    return Set.copyOf(personalData);
  }

  /**
   * A create body of {@code a}: its required fields (or {@code every} field), the fields of {@code
   * state} holding the values given there.
   */
  Obj body(Aggregate a, Map<String, String> state, boolean every) {
    Obj sample = every ? scenarios.body(a, true) : scenarios.body(a, state);
    List<Member> members = new ArrayList<>();
    for (Member m : sample.members()) {
      Optional<Field> field = a.field(m.name());
      if (field.isPresent()) {
        Sample value =
            state.containsKey(m.name())
                ? Scenarios.scalar(field.get(), state.get(m.name()))
                : usable(field.get(), m.value());
        members.add(new Member(m.name(), value));
      } else {
        Entity entity =
            a.entities().stream()
                .filter(e -> Api.listProperty(e).equals(m.name()))
                .findFirst()
                .orElseThrow();
        members.add(new Member(m.name(), entityItems(entity, (Sample.Array) m.value())));
      }
    }
    return new Obj(members);
  }

  /**
   * Creates a resource of {@code a} in {@code state}, taking the actions that move its lifecycle
   * state there ({@link Reach}: create refuses state); its JSON. Fails the run when refused or when
   * no action leads there.
   */
  JsonNode create(Aggregate a, Map<String, String> state) {
    Reach reach =
        Reach.of(api, a, state)
            .orElseThrow(
                () -> new IllegalStateException("no action brings a " + a.name() + " to " + state));
    String path = api.resource(a.name()).collectionPath();
    Answer answer = client.send(Client.Request.of("POST", path, json(body(a, state, false))));
    if (answer.status() != 201) {
      throw new IllegalStateException(
          "could not create a " + a.name() + " to test with: " + answer.describe());
    }
    for (Reach.Step step : reach.steps()) {
      String target = step.action().path().replace("{id}", answer.json().path("id").asString());
      answer = client.send(Client.Request.of("POST", target, json(usable(step))));
      if (answer.status() != 200) {
        throw new IllegalStateException(
            "could not bring a " + a.name() + " to " + state + ": " + answer.describe());
      }
    }
    return answer.json();
  }

  /** Creates a resource of {@code a} with every field it takes, optional ones too; its JSON. */
  JsonNode createWithEvery(Aggregate a) {
    String path = api.resource(a.name()).collectionPath();
    Answer answer = client.send(Client.Request.of("POST", path, json(body(a, Map.of(), true))));
    if (answer.status() != 201) {
      throw new IllegalStateException(
          "could not create a " + a.name() + " with every field: " + answer.describe());
    }
    return answer.json();
  }

  /** A step's body, its references to resources created for it and its unique values unused. */
  private Obj usable(Reach.Step step) {
    return usable(step.action(), step.body());
  }

  /** The valid parameters of an action, each usable on the shared database. */
  Obj params(Operation action) {
    return usable(action, scenarios.valid(action, false));
  }

  /** A request body of {@code op} with every member made usable on the shared database. */
  private Obj usable(Operation op, Obj body) {
    List<Member> members = new ArrayList<>();
    for (Member m : body.members()) {
      Field field =
          op.request().orElseThrow().fields().stream()
              .filter(f -> f.name().equals(m.name()))
              .findFirst()
              .orElseThrow();
      members.add(new Member(m.name(), usable(field, m.value())));
    }
    return new Obj(members);
  }

  /** A value for a field nobody sent before: unique, and a reference to a new resource. */
  Sample usable(Field field, Sample sample) {
    if (field.type() instanceof FieldType.Reference ref) {
      return new Sample.Text(
          create(api.model().aggregate(ref.aggregate()).orElseThrow(), Map.of())
              .path("id")
              .asString());
    }
    Sample value = field.unique() ? unique(scenarios.leaf(field), sample) : sample;
    if (field.pii() && value instanceof Sample.Text text) {
      personalData.add(text.value());
    }
    return value;
  }

  private Sample entityItems(Entity entity, Sample.Array items) {
    List<Sample> out = new ArrayList<>();
    for (Sample item : items.items()) {
      List<Member> members = new ArrayList<>();
      for (Member m : ((Obj) item).members()) {
        Field field =
            entity.fields().stream()
                .filter(f -> f.name().equals(m.name()))
                .findFirst()
                .orElseThrow();
        members.add(new Member(m.name(), usable(field, m.value())));
      }
      out.add(new Obj(members));
    }
    return new Sample.Array(out);
  }

  /** A value of {@code field} that differs from every earlier one: the sample, varied. */
  private Sample unique(Field field, Sample sample) {
    long n = ++counter;
    if (!(field.type() instanceof FieldType.Builtin builtin)) {
      return sample; // an enum: too few values to vary
    }
    var c = field.constraints();
    String text =
        switch (builtin.scalar()) {
          case INT, LONG, DECIMAL -> {
            BigDecimal min = c.min().orElse(BigDecimal.ONE);
            BigDecimal value = min.add(BigDecimal.valueOf(n));
            yield c.max().isPresent() && value.compareTo(c.max().get()) > 0
                ? min.add(BigDecimal.valueOf(n % c.max().get().subtract(min).longValue()))
                    .toPlainString()
                : value.toPlainString();
          }
          case DATE -> LocalDate.of(2100, 1, 1).plusDays(n).toString();
          case TIMESTAMP -> Instant.parse("2100-01-01T00:00:00Z").plusSeconds(n).toString();
          case UUID -> UUID.nameUUIDFromBytes(("unique-" + n).getBytes()).toString();
          case BOOL -> ((Sample.Bare) sample).literal();
          case STRING, TEXT -> uniqueText(((Sample.Text) sample).value(), n, c);
        };
    return Scenarios.scalar(field, text);
  }

  /**
   * The sample text with its end replaced by {@code n} in digits, upper or lower case letters,
   * whichever the constraints allow; the sample with {@code n} appended as a last resort.
   */
  private static String uniqueText(String sample, long n, dev.dddgen.model.Constraints c) {
    Pattern pattern = c.pattern().map(Pattern::compile).orElse(null);
    List<String> marks = List.of(Long.toString(n), letters(n, 'A'), letters(n, 'a'));
    for (String mark : marks) {
      for (String candidate :
          List.of(
              sample.length() > mark.length()
                  ? sample.substring(0, sample.length() - mark.length()) + mark
                  : mark,
              mark + sample.substring(Math.min(mark.length(), sample.length())),
              sample + mark,
              mark + sample)) {
        boolean fits =
            candidate.length() >= c.minLength().orElse(0)
                && candidate.length() <= c.maxLength().orElse(Integer.MAX_VALUE)
                && (pattern == null || pattern.matcher(candidate).find());
        if (fits && !candidate.equals(sample)) {
          return candidate;
        }
      }
    }
    return sample + n;
  }

  /** {@code n} in base 26, its digits written as letters from {@code a}. */
  private static String letters(long n, char a) {
    StringBuilder text = new StringBuilder();
    for (long rest = n; rest > 0; rest /= 26) {
      text.insert(0, (char) (a + rest % 26));
    }
    return text.toString();
  }

  /** The body holding {@code version}. */
  static Obj versioned(Obj body, long version) {
    return with(body, "version", new Sample.Bare(String.valueOf(version)));
  }

  /** The body without its member {@code name}. */
  static Obj without(Obj body, String name) {
    return new Obj(body.members().stream().filter(m -> !m.name().equals(name)).toList());
  }

  /** The body with {@code value} as its member {@code name}, last. */
  static Obj with(Obj body, String name, Sample value) {
    List<Member> members = new ArrayList<>(without(body, name).members());
    members.add(new Member(name, value));
    return new Obj(members);
  }

  /** Compact JSON of a sample. */
  static String json(Sample sample) {
    return sample.json(Answer.JSON::writeValueAsString);
  }
}
