package jp.wlink.web.api.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.TransactionalException;
import org.junit.jupiter.api.Test;

class UnexpectedErrorMapperTest {
  @Test
  void recognisesALostRaceEvenWhenTheTransactionWrappedIt() {
    Throwable wrapped =
        new TransactionalException("rolled back", new OptimisticLockException("stale"));

    assertThat(UnexpectedErrorMapper.causedByLostRace(wrapped)).isTrue();
  }

  @Test
  void treatsAnyOtherFailureAsAServerError() {
    assertThat(UnexpectedErrorMapper.causedByLostRace(new IllegalStateException("bug"))).isFalse();
  }
}
