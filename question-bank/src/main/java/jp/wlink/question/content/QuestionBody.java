package jp.wlink.question.content;

import jakarta.json.bind.annotation.JsonbSubtype;
import jakarta.json.bind.annotation.JsonbTypeInfo;
import java.util.List;
import java.util.Objects;

/**
 * The type-specific part of a question. Each {@link QuestionType} has exactly one body kind; {@link
 * QuestionContent} checks that they agree.
 */
@JsonbTypeInfo(
    key = "kind",
    value = {
      @JsonbSubtype(alias = "choice", type = QuestionBody.Choices.class),
      @JsonbSubtype(alias = "trueFalse", type = QuestionBody.TrueFalse.class),
      @JsonbSubtype(alias = "shortAnswer", type = QuestionBody.ShortAnswer.class),
      @JsonbSubtype(alias = "numerical", type = QuestionBody.Numerical.class),
      @JsonbSubtype(alias = "matching", type = QuestionBody.Matching.class),
      @JsonbSubtype(alias = "ordering", type = QuestionBody.Ordering.class),
      @JsonbSubtype(alias = "cloze", type = QuestionBody.Cloze.class),
      @JsonbSubtype(alias = "essay", type = QuestionBody.Essay.class),
      @JsonbSubtype(alias = "description", type = QuestionBody.Description.class)
    })
public sealed interface QuestionBody {

  /** Single choice and multiple response. */
  record Choices(List<Choice> choices, boolean shuffle) implements QuestionBody {
    public Choices {
      choices = List.copyOf(choices);
    }
  }

  record TrueFalse(boolean answer, RichText feedbackWhenTrue, RichText feedbackWhenFalse)
      implements QuestionBody {
    public TrueFalse {
      Objects.requireNonNull(feedbackWhenTrue);
      Objects.requireNonNull(feedbackWhenFalse);
    }
  }

  record ShortAnswer(List<AcceptedAnswer> answers, boolean caseSensitive) implements QuestionBody {
    public ShortAnswer {
      answers = List.copyOf(answers);
    }
  }

  record Numerical(List<NumericAnswer> answers, List<NumericUnit> units, boolean unitRequired)
      implements QuestionBody {
    public Numerical {
      answers = List.copyOf(answers);
      units = List.copyOf(units);
    }
  }

  record Matching(List<MatchPair> pairs, boolean shuffle) implements QuestionBody {
    public Matching {
      pairs = List.copyOf(pairs);
    }
  }

  /** Items in their correct order; learners see them shuffled. */
  record Ordering(List<RichText> items) implements QuestionBody {
    public Ordering {
      items = List.copyOf(items);
    }
  }

  /** The stem holds the text with {@code {#1}}, {@code {#2}}... where each gap sits. */
  record Cloze(List<ClozeGap> gaps) implements QuestionBody {
    public Cloze {
      gaps = List.copyOf(gaps);
    }
  }

  record Essay(RichText responseTemplate, RichText graderInfo, int responseLines)
      implements QuestionBody {
    public Essay {
      Objects.requireNonNull(responseTemplate);
      Objects.requireNonNull(graderInfo);
    }
  }

  record Description() implements QuestionBody {}
}
