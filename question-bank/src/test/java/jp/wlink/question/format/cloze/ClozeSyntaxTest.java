package jp.wlink.question.format.cloze;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.UnaryOperator;
import jp.wlink.question.content.ClozeGap;
import jp.wlink.question.content.ClozeGap.ClozeAnswer;
import jp.wlink.question.content.ClozeGap.Kind;
import org.junit.jupiter.api.Test;

class ClozeSyntaxTest {
  private static final ClozeTexts AS_IS = ClozeTexts.all(UnaryOperator.identity());

  @Test
  void readsALoneGapInAnyCaseWithoutBracesOrWeight() {
    ClozeGap gap = ClozeSyntax.gap(" :sa: =ろ過池#正解 ", AS_IS).orElseThrow();

    assertThat(gap.kind()).isEqualTo(Kind.SHORT_ANSWER);
    assertThat(gap.weight()).isEqualTo(1);
    assertThat(gap.answers()).containsExactly(new ClozeAnswer("ろ過池", 1, "正解", BigDecimal.ZERO));
  }

  @Test
  void readsShuffledKindsAsTheirPlainKind() {
    ClozeGap gap = ClozeSyntax.gap("{2:MCS:=塩素~砂}", AS_IS).orElseThrow();

    assertThat(gap.kind()).isEqualTo(Kind.MULTICHOICE);
    assertThat(gap.weight()).isEqualTo(2);
  }

  @Test
  void refusesALoneGapMoodleWouldRefuse() {
    assertThat(ClozeSyntax.gap("{1:MC:=塩素}", AS_IS)).isEmpty();
    assertThat(ClozeSyntax.gap("{1:NM:=たくさん}", AS_IS)).isEmpty();
    assertThat(ClozeSyntax.gap("{1:XX:=a}", AS_IS)).isEmpty();
    assertThat(ClozeSyntax.gap("{1:SA:%50%半分}", AS_IS)).isEmpty();
  }

  @Test
  void readsBackWhatItWrites() {
    ClozeGap gap =
        new ClozeGap(
            Kind.NUMERICAL,
            3,
            List.of(
                new ClozeAnswer("1.5", 1, "正解{です}", new BigDecimal("0.1")),
                new ClozeAnswer("15", 0, "桁が違います#~", BigDecimal.ZERO)));

    String written = ClozeSyntax.write(gap);

    assertThat(ClozeSyntax.gap(written, AS_IS)).contains(gap);
    assertThat(ClozeSyntax.parse("答えは " + written, AS_IS).gaps()).containsExactly(gap);
  }

  @Test
  void findsGapsInATextOnlyWhenSpeltAsMoodleSpellsThem() {
    ClozeSyntax.Parsed parsed = ClozeSyntax.parse("{1:sa:=x} と {1:SA:=y}", AS_IS);

    assertThat(parsed.stem()).isEqualTo("{1:sa:=x} と {#1}");
    assertThat(parsed.gaps()).hasSize(1);
    assertThat(parsed.problems()).isEmpty();
  }
}
