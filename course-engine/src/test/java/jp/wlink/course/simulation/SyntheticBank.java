package jp.wlink.course.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jp.wlink.course.model.Difficulty;
import jp.wlink.course.model.ItemRef;
import jp.wlink.course.model.LearnerModel;

/**
 * A bank of items with known difficulties: at each skill, items evenly spread from {@code -spread}
 * to {@code +spread} logits around the skill's typical item (difficulty 0), numbered skill by skill
 * from 1.
 */
public final class SyntheticBank {
  private final int skills;
  private final Map<ItemRef, Double> difficulty = new TreeMap<>(SyntheticBank::byId);
  private final List<List<ItemRef>> bySkill = new ArrayList<>();

  public SyntheticBank(int skills, int itemsPerSkill, double spread) {
    this.skills = skills;
    long id = 1;
    for (int skill = 0; skill < skills; skill++) {
      List<ItemRef> items = new ArrayList<>();
      for (int i = 0; i < itemsPerSkill; i++) {
        ItemRef item = new ItemRef(id++, skill);
        double position = itemsPerSkill == 1 ? 0.5 : i / (itemsPerSkill - 1.0);
        difficulty.put(item, -spread + 2 * spread * position);
        items.add(item);
      }
      bySkill.add(List.copyOf(items));
    }
  }

  public int skills() {
    return skills;
  }

  /** The items of a skill from the easiest to the hardest. */
  public List<ItemRef> items(int skill) {
    return bySkill.get(skill);
  }

  /** Every item, skill by skill, each skill's from the easiest to the hardest. */
  public List<ItemRef> items() {
    return bySkill.stream().flatMap(List::stream).toList();
  }

  public double difficulty(ItemRef item) {
    return difficulty.get(item);
  }

  /** Tells the model the true difficulties, as a bank calibrated on many past answers would. */
  public void calibrate(LearnerModel model) {
    for (int skill = 0; skill < skills; skill++) {
      model.difficulties().calibrate(ItemRef.typical(skill), new Difficulty(0, 0.01));
    }
    difficulty.forEach((item, d) -> model.difficulties().calibrate(item, new Difficulty(d, 0.01)));
  }

  private static int byId(ItemRef a, ItemRef b) {
    return Long.compare(a.item(), b.item());
  }
}
