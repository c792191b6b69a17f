-- Refers to a table that no file creates: the migration fails here.
INSERT INTO accounts (name) VALUES ('first');
INSERT INTO account_owners (account_id) SELECT id FROM accounts;
