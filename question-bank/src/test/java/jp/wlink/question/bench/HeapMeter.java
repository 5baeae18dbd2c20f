package jp.wlink.question.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * The heap used by one measured stretch of a benchmark: a baseline taken after the collector has
 * cleared what earlier steps left, then the peak of every heap pool since, and the number of
 * collections. The peak is the sum of each pool's own peak, an upper bound on the heap in use at
 * any one moment.
 */
public final class HeapMeter {
  private static final double MB = 1024.0 * 1024.0;

  private final long baseline;
  private final long collectionsAtStart;

  private HeapMeter(long baseline, long collectionsAtStart) {
    this.baseline = baseline;
    this.collectionsAtStart = collectionsAtStart;
  }

  /** Settles the heap, records the baseline and starts counting peaks from here. */
  public static HeapMeter start() {
    long baseline = settledHeap();
    heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    return new HeapMeter(baseline, collectionCount());
  }

  public long baseline() {
    return baseline;
  }

  /** The highest heap in use since {@link #start()}, baseline included. */
  public long peak() {
    return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
  }

  public long collections() {
    return collectionCount() - collectionsAtStart;
  }

  public static long maxHeap() {
    return Runtime.getRuntime().maxMemory();
  }

  public static double megabytes(long bytes) {
    return bytes / MB;
  }

  /** Heap in use after the collector has had a few chances to clear what earlier steps left. */
  private static long settledHeap() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    Runtime runtime = Runtime.getRuntime();
    return runtime.totalMemory() - runtime.freeMemory();
  }

  private static List<MemoryPoolMXBean> heapPools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP)
        .toList();
  }

  private static long collectionCount() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream()
        .mapToLong(GarbageCollectorMXBean::getCollectionCount)
        .sum();
  }
}
