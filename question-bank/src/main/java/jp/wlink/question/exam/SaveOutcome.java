package jp.wlink.question.exam;

import java.time.Instant;
import java.util.Optional;
import jp.wlink.question.scoring.Response;

/**
 * What became of an answer sent to the server: stored under a new revision; refused because the
 * tab's revision was stale (with what is stored now, for the tab to show); or refused because the
 * attempt is submitted or past its deadline.
 */
public sealed interface SaveOutcome {

  record Saved(long revision, Instant savedAt) implements SaveOutcome {}

  record Stale(long currentRevision, Optional<Response> currentResponse) implements SaveOutcome {}

  record Closed() implements SaveOutcome {}
}
