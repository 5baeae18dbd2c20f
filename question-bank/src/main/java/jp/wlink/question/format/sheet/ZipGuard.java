package jp.wlink.question.format.sheet;

import java.io.IOException;
import java.util.Collections;
import jp.wlink.question.format.ImportLimits;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * A cheap look at a zip's central directory before anything is unpacked: the sizes its entries
 * declare, alone and together, and how far each would inflate. POI checks again while unpacking,
 * which catches entries that lie about their size.
 */
final class ZipGuard {
  /** Entries smaller than this may compress as well as they like, as POI also allows. */
  static final long GRACE_BYTES = 100 * 1024;

  private static final byte[] LOCAL_HEADER = {'P', 'K', 3, 4};

  /** What the look found. */
  enum Verdict {
    SAFE,
    NOT_ZIP,
    TOO_LARGE,
    BOMB
  }

  private ZipGuard() {}

  static Verdict check(byte[] bytes, ImportLimits limits) {
    if (bytes.length < LOCAL_HEADER.length) {
      return Verdict.NOT_ZIP;
    }
    for (int i = 0; i < LOCAL_HEADER.length; i++) {
      if (bytes[i] != LOCAL_HEADER[i]) {
        return Verdict.NOT_ZIP;
      }
    }
    try (ZipFile zip =
        ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
      return entries(zip, limits);
    } catch (IOException e) {
      return Verdict.NOT_ZIP;
    }
  }

  private static Verdict entries(ZipFile zip, ImportLimits limits) {
    long total = 0;
    for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
      long size = entry.getSize();
      long compressed = entry.getCompressedSize();
      if (size < 0 || compressed < 0) {
        continue;
      }
      total += size;
      if (total > limits.maxUnpackedBytes()) {
        return Verdict.TOO_LARGE;
      }
      if (size > GRACE_BYTES && (double) compressed / size < limits.minInflateRatio()) {
        return Verdict.BOMB;
      }
    }
    return Verdict.SAFE;
  }
}
