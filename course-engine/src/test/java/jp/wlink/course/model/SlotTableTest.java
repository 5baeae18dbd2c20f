package jp.wlink.course.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SlotTableTest {
  @Test
  void findsEveryKeyInTheOrderAddedAfterGrowingManyTimes() {
    SlotTable table = new SlotTable(2);
    Set<Long> keys = new LinkedHashSet<>();
    Random random = new Random(8);
    while (keys.size() < 5_000) {
      keys.add(random.nextLong() >>> 1);
    }

    keys.forEach(table::add);

    int slot = 0;
    for (long key : keys) {
      assertThat(table.find(key)).isEqualTo(slot);
      assertThat(table.key(slot++)).isEqualTo(key);
    }
    assertThat(table.find(-5)).isEqualTo(-1);
    assertThat(table.size()).isEqualTo(5_000);
  }

  @Test
  void aCopyGoesItsOwnWay() {
    SlotTable table = new SlotTable(4);
    table.add(10);

    SlotTable copy = table.copy();
    copy.add(20);

    assertThat(table.find(20)).isEqualTo(-1);
    assertThat(copy.find(20)).isEqualTo(1);
  }
}
