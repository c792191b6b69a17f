CREATE TABLE users (id bigint PRIMARY KEY, name text);
CREATE INDEX users_name ON users (name);
