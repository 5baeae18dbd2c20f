package jp.wlink.web.api;

import jakarta.ws.rs.QueryParam;
import java.util.Optional;
import java.util.function.Function;
import jp.wlink.question.bank.QuestionFilter;
import jp.wlink.question.content.QuestionStatus;
import jp.wlink.question.content.QuestionType;
import jp.wlink.web.api.problem.ProblemException;
import jp.wlink.web.api.problem.ProblemType;

/**
 * The question list's filters as query parameters, read as text and checked here (a bad value is a
 * 400, not the 404 JAX-RS gives for an unparsable number): {@code q} for Japanese full-text search,
 * {@code category} (id, with its subcategories), {@code type}, {@code status}, {@code
 * certification}, {@code subject}, {@code level} (1-5), {@code tag}, {@code skill}.
 */
public class QuestionQueryParams {
  @QueryParam("q")
  String q;

  @QueryParam("category")
  String category;

  @QueryParam("type")
  String type;

  @QueryParam("status")
  String status;

  @QueryParam("certification")
  String certification;

  @QueryParam("subject")
  String subject;

  @QueryParam("level")
  String level;

  @QueryParam("tag")
  String tag;

  @QueryParam("skill")
  String skill;

  QuestionFilter toFilter() {
    return new QuestionFilter(
        parsed(category, Long::valueOf),
        parsed(type, QuestionType::valueOf),
        parsed(status, QuestionStatus::valueOf),
        given(certification),
        given(subject),
        parsed(level, Integer::valueOf).filter(QuestionQueryParams::inRange),
        given(tag),
        given(skill),
        q == null ? "" : q);
  }

  private static boolean inRange(int level) {
    if (level < 1 || level > 5) {
      throw new ProblemException(ProblemType.BAD_REQUEST);
    }
    return true;
  }

  private static <T> Optional<T> parsed(String value, Function<String, T> parse) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(parse.apply(value.strip()));
    } catch (IllegalArgumentException e) {
      throw new ProblemException(ProblemType.BAD_REQUEST);
    }
  }

  private static Optional<String> given(String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }
}
