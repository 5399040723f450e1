package dev.dddgen.target.go;

import dev.dddgen.model.Field;
import dev.dddgen.model.ValueObject;
import dev.dddgen.naming.Names;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code valueObject} context: a value object of package shared, with its DTO and request forms. */
final class ValueObjectContext {
  private ValueObjectContext() {}

  static Map<String, Object> of(GoProject p, ValueObject vo) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("name", vo.name());
    map.put("receiver", vo.name().substring(0, 1).toLowerCase(java.util.Locale.ROOT));
    map.put("article", DomainContext.article(vo.name()));
    map.put("simple", vo.simple());
    map.put("pii", vo.pii());
    map.put("file", Names.snake(vo.name()));
    map.put("requestType", Names.lowerFirst(vo.name()) + "Request");
    List<Map<String, Object>> fields = new ArrayList<>();
    for (Field field : vo.fields()) {
      fields.add(DomainContext.baseField(field, GoTypes.ofShared(p.model(), field, vo.name())));
    }
    map.put("fields", Maps.markLast(fields));
    return map;
  }
}
