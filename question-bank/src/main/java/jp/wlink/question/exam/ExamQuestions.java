package jp.wlink.question.exam;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import jp.wlink.question.content.QuestionContent;

/**
 * What exams need from the bank: published questions to draw from, and the exact content of the
 * versions an attempt showed. The bank implements it; exams never see its tables.
 */
public interface ExamQuestions {

  /** The current version of every published, answerable question of a certification subject. */
  List<Candidate> bySubject(String certification, String subject);

  /** The current version of every published, answerable question practising one of the skills. */
  List<Candidate> bySkills(Collection<String> skills);

  /** Each version's content, exactly as stored (versions never change once shown). */
  Map<Long, QuestionContent> contents(Collection<Long> versionIds);

  /**
   * Records that these versions were shown to a learner, so that editing them afterwards makes a
   * new version instead of changing what the learner saw.
   */
  void markShown(Collection<Long> versionIds);

  /** A question an exam may draw: its stable id, current version, level 1–5 and subject. */
  record Candidate(long questionId, long versionId, int level, String subject) {}
}
