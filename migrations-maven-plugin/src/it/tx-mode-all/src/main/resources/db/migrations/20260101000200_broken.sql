INSERT INTO orders (user_id, total) VALUES (42, 10.00);
