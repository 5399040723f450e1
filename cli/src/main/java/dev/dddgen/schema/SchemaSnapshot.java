package dev.dddgen.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The schema dddgen last generated, as deterministic JSON in {@code .dddgen/}. */
public final class SchemaSnapshot {
  private SchemaSnapshot() {}

  public static String write(RelationalSchema schema) {
    List<Object> tables = new ArrayList<>();
    for (Table table : schema.tables()) {
      Map<String, Object> t = new LinkedHashMap<>();
      t.put("name", table.name());
      t.put("owner", table.owner());
      List<Object> columns = new ArrayList<>();
      for (Table.Column column : table.columns()) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("name", column.name());
        c.put("type", column.type());
        c.put("nullable", column.nullable());
        c.put("default", column.defaultSql());
        columns.add(c);
      }
      t.put("columns", columns);
      List<Object> constraints = new ArrayList<>();
      for (Table.Constraint constraint : table.constraints()) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("name", constraint.name());
        c.put("kind", constraint.kind().name());
        c.put("columns", constraint.columns());
        c.put("definition", constraint.definition());
        constraints.add(c);
      }
      t.put("constraints", constraints);
      List<Object> indexes = new ArrayList<>();
      for (Table.Index index : table.indexes()) {
        Map<String, Object> i = new LinkedHashMap<>();
        i.put("name", index.name());
        i.put("columns", index.columns());
        indexes.add(i);
      }
      t.put("indexes", indexes);
      tables.add(t);
    }
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("tables", tables);
    return JsonText.pretty(root);
  }

  @SuppressWarnings("unchecked")
  public static RelationalSchema read(String json) {
    Map<String, Object> root = (Map<String, Object>) JsonText.parse(json);
    List<Table> tables = new ArrayList<>();
    for (Object item : (List<Object>) root.get("tables")) {
      Map<String, Object> t = (Map<String, Object>) item;
      List<Table.Column> columns = new ArrayList<>();
      for (Object c : (List<Object>) t.get("columns")) {
        Map<String, Object> column = (Map<String, Object>) c;
        columns.add(
            new Table.Column(
                (String) column.get("name"),
                (String) column.get("type"),
                (Boolean) column.get("nullable"),
                (String) column.get("default")));
      }
      List<Table.Constraint> constraints = new ArrayList<>();
      for (Object c : (List<Object>) t.get("constraints")) {
        Map<String, Object> constraint = (Map<String, Object>) c;
        constraints.add(
            new Table.Constraint(
                (String) constraint.get("name"),
                Table.Constraint.Kind.valueOf((String) constraint.get("kind")),
                List.copyOf((List<String>) constraint.get("columns")),
                (String) constraint.get("definition")));
      }
      List<Table.Index> indexes = new ArrayList<>();
      for (Object i : (List<Object>) t.get("indexes")) {
        Map<String, Object> index = (Map<String, Object>) i;
        indexes.add(
            new Table.Index(
                (String) index.get("name"), List.copyOf((List<String>) index.get("columns"))));
      }
      tables.add(
          new Table(
              (String) t.get("name"),
              (String) t.get("owner"),
              List.copyOf(columns),
              List.copyOf(constraints),
              List.copyOf(indexes)));
    }
    return new RelationalSchema(List.copyOf(tables));
  }
}
