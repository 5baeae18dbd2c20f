-- The question bank: a category tree, questions with their metadata, and the immutable versions
-- of their content. Runs unchanged on MySQL 8.4, MariaDB 10.11 and H2 (MODE=LEGACY).
--
-- question and question_version take their ids from question_bank_id (JPA table sequencing,
-- allocated in blocks) instead of AUTO_INCREMENT: an identity column makes EclipseLink insert row
-- by row and ask for each new id, which would make a 10,000-question import needlessly slow.

CREATE TABLE question_bank_id (
  name VARCHAR(40) NOT NULL,
  next_value BIGINT NOT NULL,
  PRIMARY KEY (name)
)${table_options};

INSERT INTO question_bank_id (name, next_value) VALUES ('question', 0);
INSERT INTO question_bank_id (name, next_value) VALUES ('question_version', 0);

-- The tree hangs under one root (no parent, empty name) so that every real category has a parent and
-- "unique name per parent" is one plain unique key. name_hash is the SHA-256 of the exact name:
-- the utf8mb4_unicode_ci collation would treat カ and か, or Ａ and a, as the same name.
CREATE TABLE question_category (
  id BIGINT NOT NULL AUTO_INCREMENT,
  parent_id BIGINT NULL,
  name VARCHAR(255) NOT NULL,
  name_hash CHAR(64) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_question_category_name UNIQUE (parent_id, name_hash),
  CONSTRAINT fk_question_category_parent FOREIGN KEY (parent_id) REFERENCES question_category (id)
)${table_options};

INSERT INTO question_category (parent_id, name, name_hash)
  VALUES (NULL, '', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');

CREATE TABLE question (
  id BIGINT NOT NULL,
  category_id BIGINT NOT NULL,
  name VARCHAR(255) NOT NULL,
  question_type VARCHAR(30) NOT NULL,
  status VARCHAR(20) NOT NULL,
  question_level INT NOT NULL,
  certification VARCHAR(200) NULL,
  subject VARCHAR(200) NULL,
  source VARCHAR(500) NULL,
  source_year INT NULL,
  author_id BIGINT NULL,
  author_name VARCHAR(200) NULL,
  licence VARCHAR(200) NULL,
  idnumber VARCHAR(100) NULL,
  current_version INT NOT NULL,
  search_text LONGTEXT NOT NULL,
  fingerprint CHAR(64) NOT NULL,
  created_at DATETIME(3) NOT NULL,
  updated_at DATETIME(3) NOT NULL,
  revision BIGINT NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_question_idnumber UNIQUE (category_id, idnumber),
  CONSTRAINT fk_question_category FOREIGN KEY (category_id) REFERENCES question_category (id),
  CONSTRAINT fk_question_author FOREIGN KEY (author_id) REFERENCES account (id)
)${table_options};

CREATE INDEX ix_question_fingerprint ON question (fingerprint);
CREATE INDEX ix_question_subject ON question (certification, subject);
CREATE INDEX ix_question_status ON question (status, question_type);

CREATE TABLE question_tag (
  question_id BIGINT NOT NULL,
  tag_order INT NOT NULL,
  tag VARCHAR(100) NOT NULL,
  PRIMARY KEY (question_id, tag_order),
  CONSTRAINT fk_question_tag_question FOREIGN KEY (question_id) REFERENCES question (id)
)${table_options};

CREATE INDEX ix_question_tag_tag ON question_tag (tag);

CREATE TABLE question_skill (
  question_id BIGINT NOT NULL,
  skill_order INT NOT NULL,
  skill VARCHAR(100) NOT NULL,
  PRIMARY KEY (question_id, skill_order),
  CONSTRAINT fk_question_skill_question FOREIGN KEY (question_id) REFERENCES question (id)
)${table_options};

CREATE INDEX ix_question_skill_skill ON question_skill (skill);

-- A version never changes once in_use is set (a learner was shown it); attempts point at its id.
CREATE TABLE question_version (
  id BIGINT NOT NULL,
  question_id BIGINT NOT NULL,
  version_no INT NOT NULL,
  content LONGTEXT NOT NULL,
  created_at DATETIME(3) NOT NULL,
  author_id BIGINT NULL,
  in_use BOOLEAN NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_question_version_no UNIQUE (question_id, version_no),
  CONSTRAINT fk_question_version_question FOREIGN KEY (question_id) REFERENCES question (id),
  CONSTRAINT fk_question_version_author FOREIGN KEY (author_id) REFERENCES account (id)
)${table_options};
