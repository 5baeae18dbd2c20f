package jp.wlink.web.courses;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ByteRangeTest {

  @Test
  void readsAClosedRangeAndClampsItsEndToTheFile() {
    assertThat(ByteRange.parse("bytes=0-99", 1000)).contains(new ByteRange(0, 99));
    assertThat(ByteRange.parse("bytes=900-5000", 1000)).contains(new ByteRange(900, 999));
  }

  @Test
  void readsAnOpenRangeAndASuffix() {
    assertThat(ByteRange.parse("bytes=500-", 1000)).contains(new ByteRange(500, 999));
    assertThat(ByteRange.parse("bytes=-100", 1000)).contains(new ByteRange(900, 999));
  }

  @Test
  void sendsTheWholeFileForNoRangeSeveralRangesOrOneBeyondTheEnd() {
    assertThat(ByteRange.parse(null, 1000)).isEmpty();
    assertThat(ByteRange.parse("bytes=0-1,5-6", 1000)).isEmpty();
    assertThat(ByteRange.parse("bytes=1000-", 1000)).isEmpty();
    assertThat(ByteRange.parse("bytes=-", 1000)).isEmpty();
    assertThat(ByteRange.parse("bytes=99999999999999999999-", 1000)).isEmpty();
  }

  @Test
  void describesItselfForTheContentRangeHeader() {
    ByteRange range = new ByteRange(10, 19);

    assertThat(range.length()).isEqualTo(10);
    assertThat(range.header(1000)).isEqualTo("bytes 10-19/1000");
  }
}
