CREATE SCHEMA app;
CREATE TABLE users (id bigint PRIMARY KEY, email text, name varchar(50), nick text NOT NULL, created timestamptz, status text);
CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint REFERENCES users (id), total numeric(10,2), note text, placed timestamptz NOT NULL);
CREATE TABLE app.events (id bigint, kind text, payload jsonb);
CREATE INDEX orders_note_idx ON orders (note);
CREATE UNIQUE INDEX users_email_key ON users (email);
CREATE TABLE items (id int, order_id int, sku text, qty int, CONSTRAINT items_order_fk FOREIGN KEY (order_id) REFERENCES orders (id));
CREATE TYPE mood AS ENUM ('sad', 'ok');
ALTER TABLE users ADD CONSTRAINT users_status_not_null CHECK (status IS NOT NULL);
