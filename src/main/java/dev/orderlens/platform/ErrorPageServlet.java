package dev.orderlens.platform;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The server's error page for whatever JAX-RS does not answer itself (an unknown path outside
 * {@code /api}, a failure before a resource is reached): problem+json, never HTML or a trace.
 */
@WebServlet("/problem")
public class ErrorPageServlet extends HttpServlet {

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer i ? i : 500;
    String title = status == 404 ? "Not Found" : status >= 500 ? "Internal Server Error" : "Error";
    String detail =
        status == 404
            ? "No resource at this path."
            : status >= 500 ? "The request could not be completed." : "The request was refused.";
    response.setStatus(status);
    response.setContentType(Problem.MEDIA_TYPE);
    response.setCharacterEncoding("UTF-8");
    response
        .getWriter()
        .write(
            "{\"type\":\"https://orderlens.dev/problems/http-"
                + status
                + "\",\"title\":\""
                + title
                + "\",\"status\":"
                + status
                + ",\"detail\":\""
                + detail
                + "\"}");
  }
}
