-- Diplomacy store. Each table keeps the validated record as JSON in `record`, plus the columns
-- that queries filter, join or sort on. `position` is the record's order in its data file.
CREATE TABLE article (id TEXT PRIMARY KEY, position INTEGER NOT NULL, record TEXT NOT NULL);

CREATE TABLE region (id TEXT PRIMARY KEY, position INTEGER NOT NULL, record TEXT NOT NULL);

CREATE TABLE country (
  id TEXT PRIMARY KEY,
  position INTEGER NOT NULL,
  region_id TEXT REFERENCES region (id),
  record TEXT NOT NULL
);
CREATE INDEX country_by_region ON country (region_id);

CREATE TABLE head_of_state (
  id TEXT PRIMARY KEY,
  position INTEGER NOT NULL,
  country_code TEXT NOT NULL REFERENCES country (id),
  record TEXT NOT NULL
);
CREATE INDEX head_of_state_by_country ON head_of_state (country_code);

CREATE TABLE engagement (
  id TEXT PRIMARY KEY,
  position INTEGER NOT NULL,
  kind TEXT NOT NULL,
  record TEXT NOT NULL
);

CREATE TABLE engagement_participant (
  engagement_id TEXT NOT NULL REFERENCES engagement (id),
  head_of_state_id TEXT NOT NULL REFERENCES head_of_state (id),
  position INTEGER NOT NULL,
  PRIMARY KEY (engagement_id, head_of_state_id)
);

-- Countries an engagement involves: its participants' countries and its host country.
CREATE TABLE engagement_country (
  engagement_id TEXT NOT NULL REFERENCES engagement (id),
  country_code TEXT NOT NULL REFERENCES country (id),
  position INTEGER NOT NULL,
  PRIMARY KEY (engagement_id, country_code)
);
CREATE INDEX engagement_country_by_country ON engagement_country (country_code);

CREATE TABLE framework (
  id TEXT PRIMARY KEY,
  position INTEGER NOT NULL,
  kind TEXT NOT NULL,
  parent_id TEXT REFERENCES framework (id),
  record TEXT NOT NULL
);
CREATE INDEX framework_by_parent ON framework (parent_id);

CREATE TABLE major_project (
  id TEXT PRIMARY KEY,
  position INTEGER NOT NULL,
  announced_at_id TEXT REFERENCES framework (id),
  record TEXT NOT NULL
);
CREATE INDEX major_project_by_announcement ON major_project (announced_at_id);

CREATE TABLE policy_document (
  id TEXT PRIMARY KEY,
  position INTEGER NOT NULL,
  kind TEXT NOT NULL,
  adopted_by_id TEXT REFERENCES framework (id),
  record TEXT NOT NULL
);
CREATE INDEX policy_document_by_adopter ON policy_document (adopted_by_id);

CREATE TABLE trend (id TEXT PRIMARY KEY, position INTEGER NOT NULL, record TEXT NOT NULL);

CREATE TABLE causal_link (id TEXT PRIMARY KEY, position INTEGER NOT NULL, record TEXT NOT NULL);

-- Major projects a causal link names as its cause or guide.
CREATE TABLE causal_link_major_project (
  causal_link_id TEXT NOT NULL REFERENCES causal_link (id),
  major_project_id TEXT NOT NULL REFERENCES major_project (id),
  position INTEGER NOT NULL,
  PRIMARY KEY (causal_link_id, major_project_id)
);
CREATE INDEX causal_link_major_project_by_project ON causal_link_major_project (major_project_id);

CREATE TABLE stated_position (
  id TEXT PRIMARY KEY,
  position INTEGER NOT NULL,
  stated_by_country_code TEXT NOT NULL REFERENCES country (id),
  occasion_policy_document_id TEXT REFERENCES policy_document (id),
  record TEXT NOT NULL
);
CREATE INDEX stated_position_by_country ON stated_position (stated_by_country_code);
CREATE INDEX stated_position_by_document ON stated_position (occasion_policy_document_id);

CREATE TABLE assessment (
  id TEXT PRIMARY KEY,
  position INTEGER NOT NULL,
  holder_region_id TEXT REFERENCES region (id),
  about_country_code TEXT REFERENCES country (id),
  record TEXT NOT NULL
);
CREATE INDEX assessment_by_holder_region ON assessment (holder_region_id);
CREATE INDEX assessment_by_country ON assessment (about_country_code);
