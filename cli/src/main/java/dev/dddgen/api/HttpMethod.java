package dev.dddgen.api;

/** The HTTP methods the generated service serves. */
public enum HttpMethod {
  GET,
  POST,
  PUT,
  DELETE
}
