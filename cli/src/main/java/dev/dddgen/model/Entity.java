package dev.dddgen.model;

import java.util.List;

/** A child entity: a list owned by its aggregate, stored in a table of its own. */
public record Entity(String name, String plural, String table, List<Field> fields) {}
