package jp.wlink.web.courses;

import java.util.List;
import java.util.stream.IntStream;
import jp.wlink.course.catalogue.Levels;

/** The levels 1 (初級) to 5 (上級) as select menus offer them. */
final class LevelChoices {
  static final List<Integer> ALL =
      IntStream.rangeClosed(Levels.LOWEST, Levels.HIGHEST).boxed().toList();

  private LevelChoices() {}
}
