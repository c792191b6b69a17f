ALTER TABLE person ADD COLUMN email varchar(320);
CREATE INDEX person_name_idx ON person (name);
