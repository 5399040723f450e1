package dev.dddgen.conformance;

import dev.dddgen.api.Operation.Kind;
import dev.dddgen.api.Resource;
import dev.dddgen.api.Sample.Member;
import dev.dddgen.api.Sample.Obj;
import dev.dddgen.conformance.Client.Request;
import dev.dddgen.naming.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * What HTTP and JSON leave to the server, answered as a client expects: HEAD wherever GET is served
 * (RFC 9110 9.3.2), the same status and headers without a body; a path with a trailing slash is no
 * path of the document (404); a member name in another case than the document's ({@code Name} for
 * {@code name}) is an unknown member (400), as JSON Schema's names are exact.
 */
final class ProtocolCases {
  private final Conformance run;
  private final Resource resource;

  ProtocolCases(Conformance run, Resource resource) {
    this.run = run;
    this.resource = resource;
  }

  private String name(String kind) {
    return resource.name() + ": " + kind;
  }

  void run() {
    String collection = resource.collectionPath();
    if (resource.operation(Kind.LIST).isPresent()) {
      run.check(
          name("HEAD the collection"),
          Request.of("HEAD", collection, null),
          Expect.success(200).check(ProtocolCases::noBody));
      run.check(
          name("list with a trailing slash"),
          Request.of("GET", collection + "/", null),
          Expect.problem(404, collection + "/"));
    }
    if (resource.operation(Kind.CREATE).isEmpty()) {
      return;
    }
    Obj valid = run.fixtures().body(resource.aggregate(), Map.of(), false);
    Member first = valid.members().get(0);
    String otherCase = Names.upperFirst(first.name());
    run.check(
        name("create with " + otherCase + " for " + first.name()),
        Request.of("POST", collection, Conformance.json(renamed(valid, first, otherCase))),
        Expect.problem(400, collection).errors(otherCase));
    run.check(
        name("create with a trailing slash"),
        Request.of("POST", collection + "/", Conformance.json(valid)),
        Expect.problem(404, collection + "/"));
    if (resource.operation(Kind.GET).isEmpty()) {
      return;
    }
    JsonNode created = run.fixtures().create(resource.aggregate(), Map.of());
    String item = resource.itemPath().replace("{id}", created.path("id").asString());
    run.check(
        name("HEAD a resource"),
        Request.of("HEAD", item, null),
        Expect.success(200).etag("\"1\"").check(ProtocolCases::noBody));
    run.check(
        name("get with a trailing slash"),
        Request.of("GET", item + "/", null),
        Expect.problem(404, item + "/"));
  }

  private static String noBody(Answer answer) {
    return answer.body().isEmpty() ? null : "a HEAD answer with a body: " + answer.body();
  }

  private static Obj renamed(Obj body, Member member, String name) {
    List<Member> members = new ArrayList<>();
    for (Member m : body.members()) {
      members.add(m == member ? new Member(name, m.value()) : m);
    }
    return new Obj(members);
  }
}
