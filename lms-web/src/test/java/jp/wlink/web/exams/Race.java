package jp.wlink.web.exams;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Runs two tasks on two threads released at the same moment, and returns both results. */
final class Race {
  private Race() {}

  static <T> List<T> of(Callable<T> first, Callable<T> second) throws Exception {
    CyclicBarrier start = new CyclicBarrier(2);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      Future<T> a = threads.submit(() -> afterBarrier(start, first));
      Future<T> b = threads.submit(() -> afterBarrier(start, second));
      return List.of(a.get(60, TimeUnit.SECONDS), b.get(60, TimeUnit.SECONDS));
    } finally {
      threads.shutdownNow();
    }
  }

  private static <T> T afterBarrier(CyclicBarrier start, Callable<T> task) throws Exception {
    start.await(30, TimeUnit.SECONDS);
    return task.call();
  }
}
