package jp.wlink.web.questions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import jp.wlink.question.content.ClozeGap;
import jp.wlink.question.content.MatchPair;
import jp.wlink.question.content.QuestionBody;
import jp.wlink.question.content.QuestionContent;
import jp.wlink.question.content.QuestionType;
import jp.wlink.question.content.RichText;
import jp.wlink.question.text.RichTextRenderer;

/**
 * How pages show a question: safe HTML for its texts, the stem of a cloze question cut at its gaps,
 * and a stable shuffled order of choices, answers and items. The same seed always gives the same
 * order, so a learner who comes back sees the question exactly as before.
 */
@Named
@ApplicationScoped
public class QuestionDisplay {
  private static final Pattern GAP = Pattern.compile("\\{#(\\d+)\\}");

  private final RichTextRenderer renderer = new RichTextRenderer();

  public String html(RichText text) {
    return renderer.toHtml(text);
  }

  public String typeKey(QuestionType type) {
    return "question.type." + type.name().toLowerCase(Locale.ROOT);
  }

  /** The kind of input the exam player reads for a type (see resources/js/exam-player.js). */
  public String playerKind(QuestionType type) {
    return switch (type) {
      case SINGLE_CHOICE, MULTIPLE_RESPONSE -> "choice";
      case TRUE_FALSE -> "trueFalse";
      case SHORT_ANSWER, NUMERICAL, ESSAY -> "text";
      case MATCHING -> "matching";
      case ORDERING -> "ordering";
      case CLOZE -> "cloze";
      case DESCRIPTION -> "none";
    };
  }

  /** A piece of a cloze stem: HTML up to a gap, then the gap (null after the last one). */
  public record ClozePart(String html, Integer gap, ClozeGap definition) {}

  public List<ClozePart> clozeParts(QuestionContent question) {
    List<ClozeGap> gaps = ((QuestionBody.Cloze) question.body()).gaps();
    String stem = html(question.stem());
    Matcher matcher = GAP.matcher(stem);
    List<ClozePart> parts = new ArrayList<>();
    int from = 0;
    while (matcher.find()) {
      int gap = Integer.parseInt(matcher.group(1)) - 1;
      boolean known = gap >= 0 && gap < gaps.size();
      String before = stem.substring(from, matcher.start());
      parts.add(new ClozePart(before, known ? gap : null, known ? gaps.get(gap) : null));
      from = matcher.end();
    }
    parts.add(new ClozePart(stem.substring(from), null, null));
    return parts;
  }

  public boolean multipleGap(ClozeGap gap) {
    return gap.kind() == ClozeGap.Kind.MULTIRESPONSE
        || gap.kind() == ClozeGap.Kind.MULTIRESPONSE_HORIZONTAL;
  }

  public boolean radioGap(ClozeGap gap) {
    return gap.kind() == ClozeGap.Kind.MULTICHOICE_VERTICAL
        || gap.kind() == ClozeGap.Kind.MULTICHOICE_HORIZONTAL;
  }

  public boolean menuGap(ClozeGap gap) {
    return gap.kind() == ClozeGap.Kind.MULTICHOICE;
  }

  public boolean textGap(ClozeGap gap) {
    return !multipleGap(gap) && !radioGap(gap) && !menuGap(gap);
  }

  /** Indexes of a choice question's options in the order to show them. */
  public List<Integer> choiceOrder(QuestionContent question, long seed) {
    QuestionBody.Choices body = (QuestionBody.Choices) question.body();
    List<Integer> order = indexes(body.choices().size());
    return body.shuffle() ? shuffled(order, seed) : order;
  }

  /** The prompts of a matching question that need an answer (distractors have none). */
  public List<Integer> matchingPrompts(QuestionContent question) {
    List<MatchPair> pairs = ((QuestionBody.Matching) question.body()).pairs();
    return indexes(pairs.size()).stream().filter(i -> !pairs.get(i).distractor()).toList();
  }

  /** Every answer a matching question offers, once each, shuffled by the seed. */
  public List<String> matchingAnswers(QuestionContent question, long seed) {
    List<MatchPair> pairs = ((QuestionBody.Matching) question.body()).pairs();
    List<String> answers = pairs.stream().map(MatchPair::answer).distinct().toList();
    return shuffled(answers, seed);
  }

  /** Item indexes of an ordering question as first shown: never already in the right order. */
  public List<Integer> orderingStart(QuestionContent question, long seed) {
    int size = ((QuestionBody.Ordering) question.body()).items().size();
    List<Integer> order = shuffled(indexes(size), seed);
    if (size > 1 && order.equals(indexes(size))) {
      Collections.rotate(order, 1);
    }
    return order;
  }

  public List<Integer> positions(int size) {
    return IntStream.rangeClosed(1, size).boxed().toList();
  }

  private static List<Integer> indexes(int size) {
    return IntStream.range(0, size).boxed().toList();
  }

  private static <T> List<T> shuffled(List<T> items, long seed) {
    List<T> copy = new ArrayList<>(items);
    Collections.shuffle(copy, new Random(seed));
    return copy;
  }
}
