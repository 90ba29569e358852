package dev.orderlens.platform.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;
import java.util.logging.StreamHandler;
import org.junit.jupiter.api.Test;

class RedactingFormatterTest {

  private static final Formatter MESSAGE_ONLY =
      new Formatter() {
        @Override
        public String format(LogRecord logRecord) {
          return formatMessage(logRecord);
        }
      };

  private final RedactingFormatter formatter = new RedactingFormatter(MESSAGE_ONLY);

  @Test
  void infoRecordIsRedactedIncludingItsParameters() {
    LogRecord logRecord = new LogRecord(Level.INFO, "Ticket {0} from {1}");
    logRecord.setParameters(new Object[] {"T-42", "anna@example.de"});

    assertEquals("Ticket T-42 from [email]", formatter.format(logRecord));
  }

  @Test
  void warningRecordIsRedacted() {
    assertEquals(
        "Could not reach [phone]",
        formatter.format(new LogRecord(Level.WARNING, "Could not reach +49 171 1234567")));
  }

  @Test
  void fineRecordIsLeftForLocalDebugging() {
    assertEquals(
        "raw anna@example.de", formatter.format(new LogRecord(Level.FINE, "raw anna@example.de")));
  }

  @Test
  void stackTraceMessagesAreRedactedToo() {
    LogRecord logRecord = new LogRecord(Level.SEVERE, "Import failed");
    logRecord.setThrown(new IllegalStateException("bad address Via Roma 12 for anna@example.de"));

    String written = new RedactingFormatter(new SimpleFormatter()).format(logRecord);

    assertFalse(written.contains("anna@example.de"));
    assertFalse(written.contains("Via Roma 12"));
    assertTrue(written.contains("IllegalStateException"));
  }

  @Test
  void installWrapsTheHandlersFormatterOnce() {
    StreamHandler handler = new StreamHandler(new ByteArrayOutputStream(), new SimpleFormatter());

    RedactingFormatter.install(handler);
    Formatter first = handler.getFormatter();
    RedactingFormatter.install(handler);

    assertInstanceOf(RedactingFormatter.class, first);
    assertEquals(first, handler.getFormatter());
  }
}
