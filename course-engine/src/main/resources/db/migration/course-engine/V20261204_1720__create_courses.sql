-- Courses, their units and lessons, and the career tracks that order courses per job type.
-- Runs unchanged on MySQL 8.4, MariaDB 10.11 and H2 (MODE=LEGACY).
--
-- Positions (of units in a course, lessons in a unit, courses in a track) are renumbered 0..n-1
-- by the engine on every reorder; they carry no unique key, because a reorder updates rows one
-- by one and would pass through duplicate positions.

CREATE TABLE course (
  id BIGINT NOT NULL AUTO_INCREMENT,
  code VARCHAR(40) NOT NULL,
  title VARCHAR(200) NOT NULL,
  summary VARCHAR(2000) NOT NULL,
  course_level INT NOT NULL,
  status VARCHAR(20) NOT NULL,
  owner_id BIGINT NOT NULL,
  organisation_id BIGINT NULL,
  certification VARCHAR(100) NULL,
  created_at DATETIME(3) NOT NULL,
  updated_at DATETIME(3) NOT NULL,
  published_at DATETIME(3) NULL,
  version BIGINT NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_course_code UNIQUE (code),
  CONSTRAINT fk_course_owner FOREIGN KEY (owner_id) REFERENCES account (id),
  CONSTRAINT fk_course_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
)${table_options};

CREATE INDEX ix_course_status ON course (status, course_level);

-- The skills a course teaches, each with the level (1 初級 .. 5 上級) it takes the learner to.
CREATE TABLE course_skill (
  course_id BIGINT NOT NULL,
  skill_order INT NOT NULL,
  skill VARCHAR(100) NOT NULL,
  skill_level INT NOT NULL,
  PRIMARY KEY (course_id, skill_order),
  CONSTRAINT fk_course_skill_course FOREIGN KEY (course_id) REFERENCES course (id)
)${table_options};

-- A unit ends with a checkpoint quiz: checkpoint_count questions drawn by the unit's checkpoint
-- skills, passed at checkpoint_pass_percent of the points.
CREATE TABLE course_unit (
  id BIGINT NOT NULL AUTO_INCREMENT,
  course_id BIGINT NOT NULL,
  position INT NOT NULL,
  title VARCHAR(200) NOT NULL,
  summary VARCHAR(2000) NOT NULL,
  checkpoint_count INT NOT NULL,
  checkpoint_pass_percent INT NOT NULL,
  version BIGINT NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_course_unit_course FOREIGN KEY (course_id) REFERENCES course (id)
)${table_options};

CREATE INDEX ix_course_unit_course ON course_unit (course_id, position);

CREATE TABLE course_unit_checkpoint_skill (
  unit_id BIGINT NOT NULL,
  skill_order INT NOT NULL,
  skill VARCHAR(100) NOT NULL,
  PRIMARY KEY (unit_id, skill_order),
  CONSTRAINT fk_unit_checkpoint_skill_unit FOREIGN KEY (unit_id) REFERENCES course_unit (id)
)${table_options};

-- A unit opens for a learner once every unit it requires (in the same course) is complete.
CREATE TABLE course_unit_prerequisite (
  unit_id BIGINT NOT NULL,
  required_unit_id BIGINT NOT NULL,
  PRIMARY KEY (unit_id, required_unit_id),
  CONSTRAINT fk_unit_prerequisite_unit FOREIGN KEY (unit_id) REFERENCES course_unit (id),
  CONSTRAINT fk_unit_prerequisite_required FOREIGN KEY (required_unit_id)
    REFERENCES course_unit (id)
)${table_options};

-- A lesson: sanitised HTML body, an optional video (an uploaded file with poster and WebVTT
-- subtitles, or an https link), and practice drawn from the question bank by its skills.
-- Stored file columns hold names in the course file store (SHA-256 plus extension).
CREATE TABLE lesson (
  id BIGINT NOT NULL AUTO_INCREMENT,
  unit_id BIGINT NOT NULL,
  position INT NOT NULL,
  title VARCHAR(200) NOT NULL,
  body LONGTEXT NOT NULL,
  lesson_level INT NOT NULL,
  minutes INT NOT NULL,
  video_kind VARCHAR(20) NOT NULL,
  video_file VARCHAR(80) NULL,
  video_poster VARCHAR(80) NULL,
  video_subtitles VARCHAR(80) NULL,
  video_url VARCHAR(500) NULL,
  practice_count INT NOT NULL,
  version BIGINT NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_lesson_unit FOREIGN KEY (unit_id) REFERENCES course_unit (id)
)${table_options};

CREATE INDEX ix_lesson_unit ON lesson (unit_id, position);

CREATE TABLE lesson_skill (
  lesson_id BIGINT NOT NULL,
  skill_order INT NOT NULL,
  skill VARCHAR(100) NOT NULL,
  PRIMARY KEY (lesson_id, skill_order),
  CONSTRAINT fk_lesson_skill_lesson FOREIGN KEY (lesson_id) REFERENCES lesson (id)
)${table_options};

CREATE INDEX ix_lesson_skill_skill ON lesson_skill (skill);

CREATE TABLE lesson_attachment (
  lesson_id BIGINT NOT NULL,
  attachment_order INT NOT NULL,
  stored_name VARCHAR(80) NOT NULL,
  title VARCHAR(200) NOT NULL,
  size_bytes BIGINT NOT NULL,
  PRIMARY KEY (lesson_id, attachment_order),
  CONSTRAINT fk_lesson_attachment_lesson FOREIGN KEY (lesson_id) REFERENCES lesson (id)
)${table_options};

-- One track per job type, an ordered list of courses (any status; learners see published ones).
CREATE TABLE career_track (
  id BIGINT NOT NULL AUTO_INCREMENT,
  job VARCHAR(40) NOT NULL,
  position INT NOT NULL,
  version BIGINT NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_career_track_job UNIQUE (job)
)${table_options};

CREATE TABLE career_track_course (
  track_id BIGINT NOT NULL,
  course_order INT NOT NULL,
  course_id BIGINT NOT NULL,
  PRIMARY KEY (track_id, course_order),
  CONSTRAINT fk_track_course_track FOREIGN KEY (track_id) REFERENCES career_track (id),
  CONSTRAINT fk_track_course_course FOREIGN KEY (course_id) REFERENCES course (id)
)${table_options};
