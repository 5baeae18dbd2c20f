-- The learner model's memory of each learner and the spaced-review cards of their questions.
-- Runs unchanged on MySQL 8.4, MariaDB 10.11 and H2 (MODE=LEGACY).
--
-- A learner's model state is one compact blob (see LearnerStates), read and written whole under a
-- row lock, so that one learner's answers are applied one after another. The model indexes skills
-- by small numbers; skill_number keeps the numbering, which must never change once handed out.

CREATE TABLE skill_number (
  id BIGINT NOT NULL AUTO_INCREMENT,
  skill VARCHAR(100) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_skill_number_skill UNIQUE (skill)
)${table_options};

CREATE TABLE learner_state (
  account_id BIGINT NOT NULL,
  state MEDIUMBLOB NOT NULL,
  answers INT NOT NULL,
  last_question_id BIGINT NULL,
  placed_at DATETIME(3) NULL,
  updated_at DATETIME(3) NOT NULL,
  version BIGINT NOT NULL,
  PRIMARY KEY (account_id),
  CONSTRAINT fk_learner_state_account FOREIGN KEY (account_id) REFERENCES account (id)
)${table_options};

-- One FSRS card per learner and question; skill is the question's first skill when it was last
-- answered, so the policy can say which skill a due review practises without asking the bank.
CREATE TABLE review_card (
  account_id BIGINT NOT NULL,
  question_id BIGINT NOT NULL,
  skill VARCHAR(100) NOT NULL,
  state VARCHAR(12) NOT NULL,
  step INT NOT NULL,
  stability DOUBLE NOT NULL,
  difficulty DOUBLE NOT NULL,
  due DATETIME(3) NOT NULL,
  last_review DATETIME(3) NULL,
  reps INT NOT NULL,
  lapses INT NOT NULL,
  PRIMARY KEY (account_id, question_id),
  CONSTRAINT fk_review_card_account FOREIGN KEY (account_id) REFERENCES account (id),
  CONSTRAINT fk_review_card_question FOREIGN KEY (question_id) REFERENCES question (id)
)${table_options};

CREATE INDEX ix_review_card_due ON review_card (account_id, due);
