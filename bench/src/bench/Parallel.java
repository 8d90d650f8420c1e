package bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;

/** A fixed number of requests spread over a fixed number of closed-loop clients (threads). */
final class Parallel {

  private Parallel() {}

  /** Runs {@code work(client, index)} for index 0..n-1; each client takes the next index when it is done. */
  static void run(int clients, int n, BiConsumer<Integer, Integer> work) {
    AtomicInteger next = new AtomicInteger();
    AtomicReference<RuntimeException> failure = new AtomicReference<>();
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < Math.max(1, Math.min(clients, n)); c++) {
      int client = c;
      Thread t = new Thread(() -> {
        for (int i; (i = next.getAndIncrement()) < n && failure.get() == null; ) {
          try {
            work.accept(client, i);
          } catch (RuntimeException e) {
            failure.compareAndSet(null, e);
          }
        }
      }, "client-" + c);
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) {
      try {
        t.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new BenchException("interrupted");
      }
    }
    if (failure.get() != null) {
      throw failure.get();
    }
  }
}
