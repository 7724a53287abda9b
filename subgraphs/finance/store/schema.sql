-- Finance store. Each table keeps the validated record as JSON in `record`, plus the columns that
-- queries filter, join or sort on. `position` is the record's order in its data file. Regions and
-- policy documents belong to diplomacy, so their ids are plain columns, not foreign keys.
CREATE TABLE financial_stability_gap (
  id TEXT PRIMARY KEY,
  position INTEGER NOT NULL,
  region_id TEXT NOT NULL,
  record TEXT NOT NULL
);
CREATE INDEX financial_stability_gap_by_region ON financial_stability_gap (region_id);

CREATE TABLE financial_risk (
  id TEXT PRIMARY KEY,
  position INTEGER NOT NULL,
  kind TEXT NOT NULL,
  region_id TEXT NOT NULL,
  gap_id TEXT REFERENCES financial_stability_gap (id),
  record TEXT NOT NULL
);
CREATE INDEX financial_risk_by_region ON financial_risk (region_id);
CREATE INDEX financial_risk_by_gap ON financial_risk (gap_id);

CREATE TABLE financial_mechanism (
  id TEXT PRIMARY KEY,
  position INTEGER NOT NULL,
  kind TEXT NOT NULL,
  status TEXT NOT NULL,
  region_id TEXT NOT NULL,
  record TEXT NOT NULL
);
CREATE INDEX financial_mechanism_by_region ON financial_mechanism (region_id);

CREATE TABLE financial_regulatory_dialogue (
  id TEXT PRIMARY KEY,
  position INTEGER NOT NULL,
  region_id TEXT NOT NULL,
  emphasized_by_id TEXT,
  record TEXT NOT NULL
);
CREATE INDEX financial_regulatory_dialogue_by_region ON financial_regulatory_dialogue (region_id);
CREATE INDEX financial_regulatory_dialogue_by_document ON financial_regulatory_dialogue (emphasized_by_id);

-- Kinds of authorities in a dialogue, so dialogues can be filtered by participant.
CREATE TABLE financial_dialogue_participant (
  dialogue_id TEXT NOT NULL REFERENCES financial_regulatory_dialogue (id),
  participant TEXT NOT NULL,
  position INTEGER NOT NULL,
  PRIMARY KEY (dialogue_id, participant)
);
CREATE INDEX financial_dialogue_participant_by_participant ON financial_dialogue_participant (participant);

-- Mechanisms a dialogue leverages (existing) or explores (new forms).
CREATE TABLE financial_dialogue_mechanism (
  dialogue_id TEXT NOT NULL REFERENCES financial_regulatory_dialogue (id),
  mechanism_id TEXT NOT NULL REFERENCES financial_mechanism (id),
  role TEXT NOT NULL CHECK (role IN ('LEVERAGES', 'EXPLORES')),
  position INTEGER NOT NULL,
  PRIMARY KEY (dialogue_id, mechanism_id, role)
);
CREATE INDEX financial_dialogue_mechanism_by_mechanism ON financial_dialogue_mechanism (mechanism_id);

-- Gaps a dialogue's cooperation addresses.
CREATE TABLE financial_dialogue_gap (
  dialogue_id TEXT NOT NULL REFERENCES financial_regulatory_dialogue (id),
  gap_id TEXT NOT NULL REFERENCES financial_stability_gap (id),
  position INTEGER NOT NULL,
  PRIMARY KEY (dialogue_id, gap_id)
);
CREATE INDEX financial_dialogue_gap_by_gap ON financial_dialogue_gap (gap_id);

CREATE TABLE financial_outlook (
  id TEXT PRIMARY KEY,
  position INTEGER NOT NULL,
  region_id TEXT NOT NULL,
  record TEXT NOT NULL
);
CREATE INDEX financial_outlook_by_region ON financial_outlook (region_id);
