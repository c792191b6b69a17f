-- spring.sql.init data script: it runs after the migrations created the table
INSERT INTO person (name, email) VALUES ('Barbara', 'barbara@example.com');
