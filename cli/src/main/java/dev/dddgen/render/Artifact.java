package dev.dddgen.render;

import java.util.Map;

/**
 * One file a target writes: where (relative to the output folder), from which template (logical
 * name, e.g. {@code go/domain/entity}), with which context, and whether people are meant to edit it
 * (editable files are merged three-way on regeneration).
 */
public record Artifact(
    String path, String template, Map<String, Object> context, boolean editable) {}
