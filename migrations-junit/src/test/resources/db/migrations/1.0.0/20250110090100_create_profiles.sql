-- One public profile per user, kept in sync by the trigger of the next file.
CREATE TABLE profiles (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id      bigint      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    display_name text        NOT NULL,
    email        text        NOT NULL,
    bio          text        NOT NULL DEFAULT '',
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now()
);

CREATE UNIQUE INDEX profiles_user_id_key ON profiles (user_id);
CREATE INDEX profiles_created_at_idx ON profiles (created_at DESC);
