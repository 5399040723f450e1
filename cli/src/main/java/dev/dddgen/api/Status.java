package dev.dddgen.api;

/** The HTTP statuses the generated handlers answer with, and what each means to a client. */
public enum Status {
  OK(200),
  CREATED(201),
  NO_CONTENT(204),
  BAD_REQUEST(400),
  UNAUTHORIZED(401),
  FORBIDDEN(403),
  NOT_FOUND(404),
  CONFLICT(409),
  PRECONDITION_FAILED(412),
  PAYLOAD_TOO_LARGE(413),
  UNSUPPORTED_MEDIA_TYPE(415);

  private final int code;

  Status(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }
}
