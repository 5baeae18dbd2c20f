package jp.wlink.question.exam;

/** What a practice quiz draws from: subjects of one certification, or skills. */
public enum PracticeSource {
  SUBJECTS,
  SKILLS
}
