-- Infrastructure store. Each table keeps the validated record as JSON in `record`, plus the columns
-- that queries filter, join or sort on. `position` is the record's order in its data file.
-- Country codes and region ids are keys of entities diplomacy owns, so they carry no foreign key here.
CREATE TABLE initiative (id TEXT PRIMARY KEY, position INTEGER NOT NULL, record TEXT NOT NULL);

CREATE TABLE infrastructure_gap (
  id TEXT PRIMARY KEY,
  position INTEGER NOT NULL,
  region_id TEXT,
  record TEXT NOT NULL
);
CREATE INDEX infrastructure_gap_by_region ON infrastructure_gap (region_id);

-- Gaps an initiative helps close.
CREATE TABLE initiative_gap (
  initiative_id TEXT NOT NULL REFERENCES initiative (id),
  gap_id TEXT NOT NULL REFERENCES infrastructure_gap (id),
  position INTEGER NOT NULL,
  PRIMARY KEY (initiative_id, gap_id)
);
CREATE INDEX initiative_gap_by_gap ON initiative_gap (gap_id);

CREATE TABLE infrastructure_project (
  id TEXT PRIMARY KEY,
  position INTEGER NOT NULL,
  sector TEXT NOT NULL,
  status TEXT NOT NULL,
  initiative_id TEXT REFERENCES initiative (id),
  record TEXT NOT NULL
);
CREATE INDEX infrastructure_project_by_initiative ON infrastructure_project (initiative_id);

-- Countries a project involves: its partner countries and its host country.
CREATE TABLE project_country (
  project_id TEXT NOT NULL REFERENCES infrastructure_project (id),
  country_code TEXT NOT NULL,
  position INTEGER NOT NULL,
  PRIMARY KEY (project_id, country_code)
);
CREATE INDEX project_country_by_country ON project_country (country_code);

CREATE TABLE project_outcome (
  id TEXT PRIMARY KEY,
  position INTEGER NOT NULL,
  project_id TEXT NOT NULL REFERENCES infrastructure_project (id),
  record TEXT NOT NULL
);
CREATE INDEX project_outcome_by_project ON project_outcome (project_id);

CREATE TABLE public_service_crisis (
  id TEXT PRIMARY KEY,
  position INTEGER NOT NULL,
  gap_id TEXT REFERENCES infrastructure_gap (id),
  record TEXT NOT NULL
);
CREATE INDEX public_service_crisis_by_gap ON public_service_crisis (gap_id);

-- Countries a crisis record names (one claim about a group of countries).
CREATE TABLE public_service_crisis_country (
  crisis_id TEXT NOT NULL REFERENCES public_service_crisis (id),
  country_code TEXT NOT NULL,
  position INTEGER NOT NULL,
  PRIMARY KEY (crisis_id, country_code)
);
CREATE INDEX public_service_crisis_country_by_country ON public_service_crisis_country (country_code);

CREATE TABLE priority_area (
  id TEXT PRIMARY KEY,
  position INTEGER NOT NULL,
  region_id TEXT NOT NULL,
  record TEXT NOT NULL
);
CREATE INDEX priority_area_by_region ON priority_area (region_id);

CREATE TABLE public_goods_relation (
  id TEXT PRIMARY KEY,
  position INTEGER NOT NULL,
  region_id TEXT,
  record TEXT NOT NULL
);
CREATE INDEX public_goods_relation_by_region ON public_goods_relation (region_id);
