-- The learner model shared by every instance: the item calibration learnt from all learners'
-- answers, the weights fitted on them, and the claim that lets one instance run the nightly fit.
-- Runs unchanged on MySQL 8.4, MariaDB 10.11 and H2 (MODE=LEGACY).
--
-- A scored answer changes its skill's and its item's rows in the transaction that stores the
-- learner's state; rows are locked skills first, then items, each in ascending id, so two learners
-- can wait for each other but never deadlock. updated_at lets other instances read back changes.

CREATE TABLE skill_calibration (
  skill_id BIGINT NOT NULL,
  difficulty DOUBLE NOT NULL,
  variance DOUBLE NOT NULL,
  answers INT NOT NULL,
  updated_at DATETIME(3) NOT NULL,
  PRIMARY KEY (skill_id),
  CONSTRAINT fk_skill_calibration_skill FOREIGN KEY (skill_id) REFERENCES skill_number (id)
)${table_options};

CREATE INDEX ix_skill_calibration_updated ON skill_calibration (updated_at);

-- An item's difficulty is its skill's plus offset_from_skill (see Difficulties in the model).
CREATE TABLE item_calibration (
  question_id BIGINT NOT NULL,
  offset_from_skill DOUBLE NOT NULL,
  variance DOUBLE NOT NULL,
  answers INT NOT NULL,
  updated_at DATETIME(3) NOT NULL,
  PRIMARY KEY (question_id),
  CONSTRAINT fk_item_calibration_question FOREIGN KEY (question_id) REFERENCES question (id)
)${table_options};

CREATE INDEX ix_item_calibration_updated ON item_calibration (updated_at);

-- Each fit of the prediction's weights; the newest row is the model in use. auc and log_loss were
-- measured online on the held-out learners' answers (NULL when that part was too small).
CREATE TABLE learner_model (
  id BIGINT NOT NULL AUTO_INCREMENT,
  fitted_at DATETIME(3) NOT NULL,
  fitted_by VARCHAR(20) NOT NULL,
  learners INT NOT NULL,
  answers INT NOT NULL,
  held_out_answers INT NOT NULL,
  auc DOUBLE NULL,
  log_loss DOUBLE NULL,
  weights MEDIUMBLOB NOT NULL,
  PRIMARY KEY (id)
)${table_options};

-- A job that must run once a day across the cluster: an instance runs it after moving
-- claimed_for to today with a conditional update that only one instance can win.
CREATE TABLE daily_job_claim (
  job VARCHAR(60) NOT NULL,
  claimed_for DATE NOT NULL,
  claimed_at DATETIME(3) NULL,
  PRIMARY KEY (job)
)${table_options};

INSERT INTO daily_job_claim (job, claimed_for, claimed_at) VALUES ('learner-model-fit', '2000-01-01', NULL);
