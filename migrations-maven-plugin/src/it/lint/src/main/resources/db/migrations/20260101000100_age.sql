SET lock_timeout = '5s';
ALTER TABLE users ADD COLUMN age int NOT NULL;
CREATE INDEX users_age ON users (age);
