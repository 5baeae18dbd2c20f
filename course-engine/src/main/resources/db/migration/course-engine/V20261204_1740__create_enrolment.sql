-- Enrolment, the learner's study record on a course, completion rules and certificates.
-- Runs unchanged on MySQL 8.4, MariaDB 10.11 and H2 (MODE=LEGACY).
--
-- The enrolment row carries running totals of the study record (lessons completed, checkpoints
-- passed, seconds studied, last activity) and on_pace_until, the moment the learner falls behind
-- the pace their deadline asks for unless they study on. The engine updates them in the same
-- transaction as each record, so that the training officer's table for 10,000 learners filters
-- and sorts on indexed columns instead of summing every lesson of every learner on each page.

CREATE TABLE enrolment (
  id BIGINT NOT NULL AUTO_INCREMENT,
  course_id BIGINT NOT NULL,
  learner_id BIGINT NOT NULL,
  enrolled_by BIGINT NOT NULL,
  organisation_id BIGINT NULL,
  status VARCHAR(20) NOT NULL,
  deadline DATE NULL,
  enrolled_at DATETIME(3) NOT NULL,
  completed_at DATETIME(3) NULL,
  withdrawn_at DATETIME(3) NULL,
  lessons_completed INT NOT NULL,
  checkpoints_passed INT NOT NULL,
  study_seconds BIGINT NOT NULL,
  last_activity_at DATETIME(3) NULL,
  on_pace_until DATETIME(3) NULL,
  version BIGINT NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_enrolment_learner_course UNIQUE (learner_id, course_id),
  CONSTRAINT fk_enrolment_course FOREIGN KEY (course_id) REFERENCES course (id),
  CONSTRAINT fk_enrolment_learner FOREIGN KEY (learner_id) REFERENCES account (id),
  CONSTRAINT fk_enrolment_enrolled_by FOREIGN KEY (enrolled_by) REFERENCES account (id),
  CONSTRAINT fk_enrolment_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
)${table_options};

CREATE INDEX ix_enrolment_course ON enrolment (course_id, status);

-- Which lessons a learner has completed, once each, with when.
CREATE TABLE lesson_completion (
  enrolment_id BIGINT NOT NULL,
  lesson_id BIGINT NOT NULL,
  completed_at DATETIME(3) NOT NULL,
  PRIMARY KEY (enrolment_id, lesson_id),
  CONSTRAINT fk_lesson_completion_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id),
  CONSTRAINT fk_lesson_completion_lesson FOREIGN KEY (lesson_id) REFERENCES lesson (id)
)${table_options};

-- Time spent on a lesson, one row per stretch of study; study_day is the day in Japan, for
-- streaks and daily totals.
CREATE TABLE study_time (
  id BIGINT NOT NULL AUTO_INCREMENT,
  enrolment_id BIGINT NOT NULL,
  lesson_id BIGINT NOT NULL,
  learner_id BIGINT NOT NULL,
  started_at DATETIME(3) NOT NULL,
  seconds INT NOT NULL,
  study_day DATE NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_study_time_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id),
  CONSTRAINT fk_study_time_lesson FOREIGN KEY (lesson_id) REFERENCES lesson (id)
)${table_options};

CREATE INDEX ix_study_time_learner_day ON study_time (learner_id, study_day);

-- A unit's checkpoint quiz passed, once per enrolment and unit, with the best score.
CREATE TABLE checkpoint_pass (
  enrolment_id BIGINT NOT NULL,
  unit_id BIGINT NOT NULL,
  passed_at DATETIME(3) NOT NULL,
  score_percent INT NOT NULL,
  PRIMARY KEY (enrolment_id, unit_id),
  CONSTRAINT fk_checkpoint_pass_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id),
  CONSTRAINT fk_checkpoint_pass_unit FOREIGN KEY (unit_id) REFERENCES course_unit (id)
)${table_options};

-- How a course is completed; a course without a row takes every lesson and every checkpoint.
-- valid_months, when set, makes its certificates expire that many months after issue.
CREATE TABLE course_completion_rule (
  course_id BIGINT NOT NULL,
  kind VARCHAR(30) NOT NULL,
  min_percent INT NOT NULL,
  valid_months INT NULL,
  version BIGINT NOT NULL,
  PRIMARY KEY (course_id),
  CONSTRAINT fk_completion_rule_course FOREIGN KEY (course_id) REFERENCES course (id)
)${table_options};

-- One certificate per completed enrolment. Name and title are copied at issue, so that a later
-- change of either leaves the certificate as it was printed.
CREATE TABLE certificate (
  id BIGINT NOT NULL AUTO_INCREMENT,
  code VARCHAR(14) NOT NULL,
  enrolment_id BIGINT NOT NULL,
  learner_id BIGINT NOT NULL,
  course_id BIGINT NOT NULL,
  holder_name VARCHAR(100) NOT NULL,
  course_title VARCHAR(200) NOT NULL,
  issued_at DATETIME(3) NOT NULL,
  expires_on DATE NULL,
  reminder_claimed_at DATETIME(3) NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_certificate_code UNIQUE (code),
  CONSTRAINT uq_certificate_enrolment UNIQUE (enrolment_id),
  CONSTRAINT fk_certificate_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id)
)${table_options};

CREATE INDEX ix_certificate_expiry ON certificate (expires_on, reminder_claimed_at);
CREATE INDEX ix_certificate_learner ON certificate (learner_id);

-- The reminder before a certificate expires. An instance claims it by setting the certificate's
-- reminder_claimed_at where it is still empty; only the instance whose update changed the row
-- creates the reminder and sends the mail, so a cluster reminds once.
CREATE TABLE certificate_reminder (
  certificate_id BIGINT NOT NULL,
  created_at DATETIME(3) NOT NULL,
  delivery VARCHAR(20) NULL,
  PRIMARY KEY (certificate_id),
  CONSTRAINT fk_certificate_reminder_certificate FOREIGN KEY (certificate_id)
    REFERENCES certificate (id)
)${table_options};
