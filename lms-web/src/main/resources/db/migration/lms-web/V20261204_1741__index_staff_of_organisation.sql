-- The training officer's table starts from an organisation's approved staff: this index hands
-- them over without reading the profiles themselves. Runs on MySQL, MariaDB and H2.
CREATE INDEX ix_member_profile_staff
  ON member_profile (organisation_id, membership_status, account_id);
