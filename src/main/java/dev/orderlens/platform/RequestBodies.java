package dev.orderlens.platform;

import static dev.orderlens.platform.Jsons.JSON;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Function;

/**
 * The one reader of request bodies: raw bytes for signature checks, bounded in size, then parsed as
 * a JSON object bounded in nesting depth and in the number of values, so a hostile body (2,000
 * nested arrays, a million tiny values) is refused with a reason instead of exhausting the stack or
 * the heap.
 */
public final class RequestBodies {

  /** Deeper than any helpdesk, shop or tracking payload nests (they stay under 12). */
  public static final int MAX_DEPTH = 64;

  /** More values than any legitimate body of at most a few hundred KiB carries. */
  public static final int MAX_VALUES = 100_000;

  private RequestBodies() {}

  /**
   * Reads at most {@code maxBytes}; a longer body is refused with 413 before it is buffered whole.
   */
  public static byte[] readLimited(InputStream in, int maxBytes) {
    try {
      byte[] body = in.readNBytes(maxBytes + 1);
      if (body.length > maxBytes) {
        throw ProblemException.tooLarge("The body is larger than " + maxBytes + " bytes.");
      }
      return body;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses a JSON object, or refuses the request with a 400 problem that says why. */
  public static JsonObject jsonObject(byte[] body) {
    return jsonObject(body, ProblemException::badRequest);
  }

  /**
   * Parses a JSON object within the limits; anything else is refused with the caller's own
   * exception, made from a sentence that says why.
   */
  public static <X extends RuntimeException> JsonObject jsonObject(
      byte[] body, Function<String, X> refusal) {
    String shape = shapeProblem(body);
    if (shape != null) {
      throw refusal.apply(shape);
    }
    try (JsonReader reader = JSON.createReader(new ByteArrayInputStream(body))) {
      JsonValue value = reader.readValue();
      if (value.getValueType() != JsonValue.ValueType.OBJECT) {
        throw refusal.apply("The body must be a JSON object.");
      }
      return value.asJsonObject();
    } catch (JsonException | IllegalStateException e) {
      throw refusal.apply("The body is not valid JSON.");
    }
  }

  /**
   * Walks the body as a stream, without building it, and says what is wrong with its shape, or null
   * when it is within the limits (whether it is valid JSON is left to the reader).
   */
  static String shapeProblem(byte[] body) {
    int depth = 0;
    int values = 0;
    try (JsonParser parser = JSON.createParser(new ByteArrayInputStream(body))) {
      while (parser.hasNext()) {
        JsonParser.Event event = parser.next();
        if (event == JsonParser.Event.START_ARRAY || event == JsonParser.Event.START_OBJECT) {
          if (++depth > MAX_DEPTH) {
            return "The body nests deeper than " + MAX_DEPTH + " levels.";
          }
        } else if (event == JsonParser.Event.END_ARRAY || event == JsonParser.Event.END_OBJECT) {
          depth--;
        }
        if (event != JsonParser.Event.KEY_NAME && ++values > MAX_VALUES) {
          return "The body holds more than " + MAX_VALUES + " JSON values.";
        }
      }
      return null;
    } catch (JsonException | IllegalStateException | java.util.NoSuchElementException e) {
      return null;
    }
  }
}
