package jp.wlink.question.certification;

import java.util.OptionalInt;

/** A subject's score beside its minimum; {@code passed} is true when it has no minimum. */
public record SubjectOutcome(
    String subject, double points, int possible, OptionalInt minimumCorrect, boolean passed) {}
