ALTER TABLE person ADD COLUMN nickname varchar(100);
