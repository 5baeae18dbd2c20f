-- Events shared by the whole platform: the event, each member's answer (with a seat or a place on
-- the waiting list) and each member's private calendar feed token (stored as its SHA-256).
-- Runs unchanged on MySQL 8.4, MariaDB 10.11 and H2 (MODE=LEGACY).

CREATE TABLE platform_event (
  id BIGINT NOT NULL AUTO_INCREMENT,
  organiser_id BIGINT NOT NULL,
  title VARCHAR(200) NOT NULL,
  description VARCHAR(4000),
  starts_at DATETIME(3) NOT NULL,
  ends_at DATETIME(3) NOT NULL,
  online_url VARCHAR(500),
  venue VARCHAR(300),
  capacity INT,
  created_at DATETIME(3) NOT NULL,
  version BIGINT NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_platform_event_organiser FOREIGN KEY (organiser_id) REFERENCES account (id)
)${table_options};

CREATE INDEX ix_platform_event_starts ON platform_event (starts_at);

CREATE TABLE event_rsvp (
  id BIGINT NOT NULL AUTO_INCREMENT,
  event_id BIGINT NOT NULL,
  account_id BIGINT NOT NULL,
  answer VARCHAR(12) NOT NULL,
  state VARCHAR(12) NOT NULL,
  answered_at DATETIME(3) NOT NULL,
  version BIGINT NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_event_rsvp_member UNIQUE (event_id, account_id),
  CONSTRAINT fk_event_rsvp_event FOREIGN KEY (event_id) REFERENCES platform_event (id),
  CONSTRAINT fk_event_rsvp_account FOREIGN KEY (account_id) REFERENCES account (id)
)${table_options};

CREATE INDEX ix_event_rsvp_account ON event_rsvp (account_id);

CREATE TABLE event_feed (
  account_id BIGINT NOT NULL,
  token_hash VARCHAR(64) NOT NULL,
  created_at DATETIME(3) NOT NULL,
  PRIMARY KEY (account_id),
  CONSTRAINT uq_event_feed_token UNIQUE (token_hash),
  CONSTRAINT fk_event_feed_account FOREIGN KEY (account_id) REFERENCES account (id)
)${table_options};
