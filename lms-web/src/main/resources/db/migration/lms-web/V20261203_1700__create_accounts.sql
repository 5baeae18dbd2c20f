-- Accounts, roles, organisations and profiles.
-- Runs unchanged on MySQL 8.4, MariaDB 10.11 and H2 (MODE=LEGACY); ${table_options} adds
-- utf8mb4 with a collation that MySQL and MariaDB both have, and is empty on H2.

CREATE TABLE organisation (
  id BIGINT NOT NULL AUTO_INCREMENT,
  name VARCHAR(200) NOT NULL,
  kind VARCHAR(30) NOT NULL,
  prefecture VARCHAR(20),
  created_at DATETIME(3) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_organisation_name UNIQUE (name)
)${table_options};

CREATE TABLE account (
  id BIGINT NOT NULL AUTO_INCREMENT,
  email VARCHAR(254) NOT NULL,
  handle VARCHAR(40) NOT NULL,
  password_hash VARCHAR(400) NOT NULL,
  status VARCHAR(20) NOT NULL,
  locale VARCHAR(10) NOT NULL,
  created_at DATETIME(3) NOT NULL,
  email_verified_at DATETIME(3) NULL,
  version BIGINT NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_account_email UNIQUE (email),
  CONSTRAINT uq_account_handle UNIQUE (handle)
)${table_options};

CREATE TABLE account_role (
  account_id BIGINT NOT NULL,
  role VARCHAR(20) NOT NULL,
  PRIMARY KEY (account_id, role),
  CONSTRAINT fk_account_role_account FOREIGN KEY (account_id) REFERENCES account (id)
)${table_options};

CREATE TABLE account_token (
  id BIGINT NOT NULL AUTO_INCREMENT,
  account_id BIGINT NOT NULL,
  purpose VARCHAR(20) NOT NULL,
  token_hash VARCHAR(64) NOT NULL,
  new_email VARCHAR(254),
  created_at DATETIME(3) NOT NULL,
  expires_at DATETIME(3) NOT NULL,
  used_at DATETIME(3) NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_account_token_hash UNIQUE (token_hash),
  CONSTRAINT fk_account_token_account FOREIGN KEY (account_id) REFERENCES account (id)
)${table_options};

CREATE TABLE login_throttle (
  subject_kind VARCHAR(10) NOT NULL,
  subject VARCHAR(254) NOT NULL,
  failures INT NOT NULL,
  last_failure_at DATETIME(3) NOT NULL,
  locked_until DATETIME(3) NULL,
  PRIMARY KEY (subject_kind, subject)
)${table_options};

CREATE TABLE member_profile (
  account_id BIGINT NOT NULL,
  real_name VARCHAR(100),
  organisation_id BIGINT,
  membership_status VARCHAR(20),
  affiliation_type VARCHAR(30),
  job_type VARCHAR(30),
  prefecture VARCHAR(20),
  years_of_experience INT,
  certifications VARCHAR(1000),
  interests VARCHAR(1000),
  version BIGINT NOT NULL,
  PRIMARY KEY (account_id),
  CONSTRAINT fk_member_profile_account FOREIGN KEY (account_id) REFERENCES account (id),
  CONSTRAINT fk_member_profile_organisation FOREIGN KEY (organisation_id)
    REFERENCES organisation (id)
)${table_options};

CREATE TABLE profile_visibility (
  account_id BIGINT NOT NULL,
  field VARCHAR(30) NOT NULL,
  visibility VARCHAR(10) NOT NULL,
  PRIMARY KEY (account_id, field),
  CONSTRAINT fk_profile_visibility_profile FOREIGN KEY (account_id)
    REFERENCES member_profile (account_id)
)${table_options};

CREATE TABLE organisation_admin (
  organisation_id BIGINT NOT NULL,
  account_id BIGINT NOT NULL,
  PRIMARY KEY (organisation_id, account_id),
  CONSTRAINT fk_organisation_admin_org FOREIGN KEY (organisation_id) REFERENCES organisation (id),
  CONSTRAINT fk_organisation_admin_account FOREIGN KEY (account_id) REFERENCES account (id)
)${table_options};
