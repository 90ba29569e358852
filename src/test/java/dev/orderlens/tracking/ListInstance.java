package dev.orderlens.tracking;

import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.util.Iterator;
import java.util.List;

/**
 * The CDI {@link Instance} of a fixed list: iteration and streams are all the tracking code uses.
 */
public record ListInstance<T>(List<T> items) implements Instance<T> {

  @SafeVarargs
  public static <T> ListInstance<T> of(T... items) {
    return new ListInstance<>(List.of(items));
  }

  @Override
  public Iterator<T> iterator() {
    return items.iterator();
  }

  @Override
  public T get() {
    return items.get(0);
  }

  @Override
  public Instance<T> select(Annotation... qualifiers) {
    return this;
  }

  @Override
  public <U extends T> Instance<U> select(Class<U> subtype, Annotation... qualifiers) {
    throw new UnsupportedOperationException();
  }

  @Override
  public <U extends T> Instance<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
    throw new UnsupportedOperationException();
  }

  @Override
  public boolean isUnsatisfied() {
    return items.isEmpty();
  }

  @Override
  public boolean isAmbiguous() {
    return items.size() > 1;
  }

  @Override
  public void destroy(T instance) {}

  @Override
  public Handle<T> getHandle() {
    throw new UnsupportedOperationException();
  }

  @Override
  public Iterable<? extends Handle<T>> handles() {
    throw new UnsupportedOperationException();
  }
}
