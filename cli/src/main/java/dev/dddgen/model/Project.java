package dev.dddgen.model;

/** {@code module} is the Go module path, or the base package for the Java target. */
public record Project(String name, Target target, String module, String output) {}
