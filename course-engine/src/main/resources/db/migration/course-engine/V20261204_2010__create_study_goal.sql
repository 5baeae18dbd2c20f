-- A learner's study goal and the level each enrolment has reached.
-- Runs unchanged on MySQL 8.4, MariaDB 10.11 and H2 (MODE=LEGACY).
--
-- One goal per learner: the certification (a question-bank blueprint) they prepare for and the
-- date of its exam. Clearing the goal deletes the row; nothing else refers to it.

CREATE TABLE study_goal (
  account_id BIGINT NOT NULL,
  blueprint_id BIGINT NOT NULL,
  exam_date DATE NOT NULL,
  set_at DATETIME(3) NOT NULL,
  version BIGINT NOT NULL,
  PRIMARY KEY (account_id),
  CONSTRAINT fk_study_goal_account FOREIGN KEY (account_id) REFERENCES account (id),
  CONSTRAINT fk_study_goal_blueprint FOREIGN KEY (blueprint_id) REFERENCES blueprint (id)
)${table_options};

-- The level (1-5) a learner has reached on a course. It starts at 1 and rises only when the
-- learner accepts a promotion the next-activity policy offers.
ALTER TABLE enrolment ADD COLUMN reached_level INT NOT NULL DEFAULT 1;
