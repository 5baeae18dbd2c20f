-- Attempts at mock exams and practice quizzes, their slots (one per question shown) and the
-- per-subject results. A slot points at the exact question version it showed, so editing a
-- question never changes a past attempt. Runs on H2 (LEGACY), MySQL and MariaDB.

CREATE TABLE exam_attempt (
  id BIGINT NOT NULL AUTO_INCREMENT,
  learner_id BIGINT NOT NULL,
  kind VARCHAR(20) NOT NULL,
  blueprint_id BIGINT,
  practice_spec LONGTEXT,
  started_at DATETIME(3) NOT NULL,
  deadline DATETIME(3),
  state VARCHAR(20) NOT NULL,
  submitted_at DATETIME(3),
  ending VARCHAR(20),
  points DOUBLE,
  possible INT,
  passed BOOLEAN,
  provisional BOOLEAN NOT NULL,
  version BIGINT NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_exam_attempt_learner FOREIGN KEY (learner_id) REFERENCES account (id),
  CONSTRAINT fk_exam_attempt_blueprint FOREIGN KEY (blueprint_id) REFERENCES blueprint (id)
)${table_options};

-- The auto-submit sweep looks for OPEN attempts past their deadline.
CREATE INDEX ix_exam_attempt_state_deadline ON exam_attempt (state, deadline);
CREATE INDEX ix_exam_attempt_learner_started ON exam_attempt (learner_id, started_at);

CREATE TABLE attempt_slot (
  id BIGINT NOT NULL AUTO_INCREMENT,
  attempt_id BIGINT NOT NULL,
  position INT NOT NULL,
  question_id BIGINT NOT NULL,
  question_version_id BIGINT NOT NULL,
  subject VARCHAR(100) NOT NULL,
  choice_seed BIGINT NOT NULL,
  response LONGTEXT,
  revision BIGINT NOT NULL,
  saved_at DATETIME(3),
  flagged BOOLEAN NOT NULL,
  score DOUBLE,
  awaiting_grading BOOLEAN NOT NULL,
  graded_by BIGINT,
  graded_at DATETIME(3),
  grader_comment LONGTEXT,
  PRIMARY KEY (id),
  CONSTRAINT uq_attempt_slot_position UNIQUE (attempt_id, position),
  CONSTRAINT fk_attempt_slot_attempt FOREIGN KEY (attempt_id) REFERENCES exam_attempt (id),
  CONSTRAINT fk_attempt_slot_version FOREIGN KEY (question_version_id)
    REFERENCES question_version (id),
  CONSTRAINT fk_attempt_slot_grader FOREIGN KEY (graded_by) REFERENCES account (id)
)${table_options};

-- The grading queue lists essays awaiting a person.
CREATE INDEX ix_attempt_slot_awaiting ON attempt_slot (awaiting_grading);

CREATE TABLE attempt_subject_score (
  attempt_id BIGINT NOT NULL,
  position INT NOT NULL,
  subject VARCHAR(100) NOT NULL,
  points DOUBLE NOT NULL,
  possible INT NOT NULL,
  minimum_correct INT,
  passed BOOLEAN NOT NULL,
  PRIMARY KEY (attempt_id, position),
  CONSTRAINT fk_attempt_subject_score_attempt FOREIGN KEY (attempt_id)
    REFERENCES exam_attempt (id)
)${table_options};
