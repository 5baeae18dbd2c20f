package jp.wlink.course.groups.plan;

/** What a week of the plan is for. */
public enum WeekKind {
  /** New material: a block of subjects in blueprint order, practised in depth. */
  STUDY,
  /** Review of every subject in exam proportions, plus one full mock exam. */
  MOCK_EXAM
}
