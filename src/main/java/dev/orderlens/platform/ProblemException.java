package dev.orderlens.platform;

import jakarta.ws.rs.core.Response;

/** Thrown by resources and services to answer a client with a specific problem. */
public class ProblemException extends RuntimeException {

  private final transient Problem problem;

  public ProblemException(Response.Status status, String slug, String detail) {
    this(Problem.of(status, slug, detail));
  }

  public ProblemException(Problem problem) {
    super(problem.detail());
    this.problem = problem;
  }

  public Problem problem() {
    return problem;
  }

  public static ProblemException badRequest(String detail) {
    return new ProblemException(Response.Status.BAD_REQUEST, "bad-request", detail);
  }

  public static ProblemException unauthorized(String detail) {
    return new ProblemException(Response.Status.UNAUTHORIZED, "unauthorized", detail);
  }

  public static ProblemException tooLarge(String detail) {
    return new ProblemException(Problem.of(413, "Content Too Large", "payload-too-large", detail));
  }
}
