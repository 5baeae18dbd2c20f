package jp.wlink.question.bank;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A folder of the bank's category tree. Every category but the one hidden root has a parent, and no
 * two children of a parent share a name (compared exactly, as written). The tree is small (hundreds
 * of rows), so services load it whole instead of walking it row by row.
 */
@Entity
@Table(name = "question_category")
@NamedQuery(name = Category.ALL, query = "SELECT c FROM Category c")
public class Category {
  public static final String ALL = "Category.all";
  public static final int MAX_NAME = 255;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "parent_id")
  private Category parent;

  @Column(nullable = false)
  private String name;

  @Column(name = "name_hash", nullable = false)
  private String nameHash;

  protected Category() {}

  Category(Category parent, String name) {
    this.parent = Objects.requireNonNull(parent, "parent");
    this.name = name.strip();
    if (this.name.isEmpty() || this.name.length() > MAX_NAME) {
      throw new IllegalArgumentException("a category name has 1 to 255 characters");
    }
    this.nameHash = QuestionText.sha256(this.name);
  }

  public boolean isRoot() {
    return parent == null;
  }

  /** The names from the top category down to this one; empty for the root. */
  public List<String> path() {
    List<String> names = new ArrayList<>();
    for (Category c = this; !c.isRoot(); c = c.parent) {
      names.add(0, c.name);
    }
    return List.copyOf(names);
  }

  public Long getId() {
    return id;
  }

  public Category getParent() {
    return parent;
  }

  public String getName() {
    return name;
  }
}
