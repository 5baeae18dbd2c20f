package jp.wlink.question.bank;

import jakarta.persistence.EntityManager;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The whole category tree of one unit of work, read in one query and looked up by path, so that an
 * import of thousands of questions never asks the database for a category row by row. Missing
 * categories are created on the way down a path.
 */
public final class CategoryTree {
  private final EntityManager em;
  private final Map<List<String>, Category> byPath = new HashMap<>();
  private Category root;

  public CategoryTree(EntityManager em) {
    this.em = em;
    reload();
  }

  /**
   * Reads the tree again, as managed entities of the current persistence context: needed after the
   * context was cleared, and cheap because the tree is small.
   */
  public void reload() {
    byPath.clear();
    List<Category> all = em.createNamedQuery(Category.ALL, Category.class).getResultList();
    for (Category category : all) {
      byPath.put(category.path(), category);
      if (category.isRoot()) {
        root = category;
      }
    }
    if (root == null) {
      throw new IllegalStateException("the category root is missing: were migrations run?");
    }
  }

  public Optional<Category> find(List<String> path) {
    return Optional.ofNullable(byPath.get(stripped(path)));
  }

  /** The category at the path, creating (persisting) whatever part of it is missing. */
  public Category resolve(List<String> path) {
    List<String> names = stripped(path);
    Category current = root;
    for (int depth = 1; depth <= names.size(); depth++) {
      List<String> prefix = names.subList(0, depth);
      Category known = byPath.get(prefix);
      if (known == null) {
        known = new Category(current, prefix.get(depth - 1));
        em.persist(known);
        byPath.put(List.copyOf(prefix), known);
      }
      current = known;
    }
    return current;
  }

  /** Whether the path names a category that does not exist yet. */
  public boolean isNew(List<String> path) {
    return !byPath.containsKey(stripped(path));
  }

  /** The ids of the category and of every category below it. */
  public Set<Long> subtree(long categoryId) {
    Map<Long, List<Category>> children = new HashMap<>();
    for (Category category : byPath.values()) {
      if (!category.isRoot()) {
        children
            .computeIfAbsent(category.getParent().getId(), k -> new java.util.ArrayList<>())
            .add(category);
      }
    }
    Set<Long> ids = new HashSet<>();
    Deque<Long> open = new ArrayDeque<>(List.of(categoryId));
    while (!open.isEmpty()) {
      Long id = open.pop();
      if (ids.add(id)) {
        children.getOrDefault(id, List.of()).forEach(child -> open.push(child.getId()));
      }
    }
    return ids;
  }

  /** The path as the tree keys it: names stripped, empty names dropped. */
  public static List<String> clean(List<String> path) {
    return stripped(path);
  }

  private static List<String> stripped(List<String> path) {
    return path.stream().map(String::strip).filter(name -> !name.isEmpty()).toList();
  }
}
