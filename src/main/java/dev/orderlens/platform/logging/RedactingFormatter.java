package dev.orderlens.platform.logging;

import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;

/**
 * Wraps any java.util.logging formatter and masks personal data ({@link Redactor}) in what it
 * writes for records at INFO and above, message, parameters and stack trace alike. FINE and below
 * are left as they are for local debugging and are off in production.
 */
public final class RedactingFormatter extends Formatter {

  private final Formatter delegate;

  public RedactingFormatter(Formatter delegate) {
    this.delegate = delegate;
  }

  /** Makes the handler redact what it writes; a handler already redacting is left alone. */
  public static void install(Handler handler) {
    Formatter current = handler.getFormatter();
    if (!(current instanceof RedactingFormatter)) {
      handler.setFormatter(new RedactingFormatter(current));
    }
  }

  @Override
  public String format(LogRecord logRecord) {
    String formatted = delegate.format(logRecord);
    return logRecord.getLevel().intValue() >= Level.INFO.intValue()
        ? Redactor.redact(formatted)
        : formatted;
  }

  @Override
  public String getHead(Handler handler) {
    return delegate.getHead(handler);
  }

  @Override
  public String getTail(Handler handler) {
    return delegate.getTail(handler);
  }
}
