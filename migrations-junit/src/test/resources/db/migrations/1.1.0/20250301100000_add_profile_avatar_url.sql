-- Release 1.1.0: profiles get an avatar; existing rows get a generated one.
ALTER TABLE profiles ADD COLUMN avatar_url text;

UPDATE profiles SET avatar_url = 'https://avatars.example.com/' || md5(lower(email)) || '.png';
