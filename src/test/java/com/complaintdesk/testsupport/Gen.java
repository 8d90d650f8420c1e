package com.complaintdesk.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A tiny generator of test inputs: a function of a seeded {@link Random}, with the few combinators the
 * fuzz tests need. The seed is printed with every failure, so a failing case can be replayed.
 */
@FunctionalInterface
public interface Gen<T> {

  T next(Random random);

  static <T> Gen<T> constant(T value) {
    return random -> value;
  }

  @SafeVarargs
  static <T> Gen<T> oneOf(T... values) {
    return random -> values[random.nextInt(values.length)];
  }

  static <T> Gen<T> oneOf(List<T> values) {
    return random -> values.get(random.nextInt(values.size()));
  }

  /** Pairs of weight and generator: {@code frequency(8, valid, 3, invalid)}. */
  @SuppressWarnings("unchecked")
  static <T> Gen<T> frequency(Object... weightsAndGens) {
    int total = 0;
    for (int i = 0; i < weightsAndGens.length; i += 2) {
      total += (Integer) weightsAndGens[i];
    }
    int sum = total;
    return random -> {
      int pick = random.nextInt(sum);
      for (int i = 0; i < weightsAndGens.length; i += 2) {
        pick -= (Integer) weightsAndGens[i];
        if (pick < 0) {
          return ((Gen<T>) weightsAndGens[i + 1]).next(random);
        }
      }
      throw new IllegalStateException();
    };
  }

  static Gen<Integer> between(int min, int max) {
    return random -> min + random.nextInt(max - min + 1);
  }

  /** Strings of characters from {@code chars}, of a length between {@code min} and {@code max}. */
  static Gen<String> strings(String chars, int min, int max) {
    return random -> {
      int length = min + random.nextInt(max - min + 1);
      StringBuilder s = new StringBuilder(length);
      for (int i = 0; i < length; i++) {
        s.append(chars.charAt(random.nextInt(chars.length())));
      }
      return s.toString();
    };
  }

  default <R> Gen<R> map(Function<T, R> f) {
    return random -> f.apply(next(random));
  }

  default Gen<T> filter(Predicate<T> keep) {
    return random -> {
      for (int attempt = 0; attempt < 1000; attempt++) {
        T value = next(random);
        if (keep.test(value)) {
          return value;
        }
      }
      throw new IllegalStateException("filter keeps too little");
    };
  }

  default List<T> sample(Random random, int count) {
    List<T> values = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      values.add(next(random));
    }
    return values;
  }
}
