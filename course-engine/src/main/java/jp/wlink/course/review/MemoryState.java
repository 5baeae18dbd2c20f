package jp.wlink.course.review;

/**
 * The memory of one card: stability in days (the time for retrievability to fall to 90%) and
 * difficulty from 1 (easy) to 10 (hard).
 */
public record MemoryState(double stability, double difficulty) {}
