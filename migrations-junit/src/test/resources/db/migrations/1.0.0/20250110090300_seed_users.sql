-- Seed rows; the trigger creates their profiles.
INSERT INTO users (email, name) VALUES
    ('ada@example.com', 'Ada Lovelace'),
    ('grace@example.com', 'Grace Hopper'),
    ('edsger@example.com', 'Edsger Dijkstra');

UPDATE profiles SET bio = 'Wrote the first published program.'
 WHERE user_id = (SELECT id FROM users WHERE email = 'ada@example.com');
