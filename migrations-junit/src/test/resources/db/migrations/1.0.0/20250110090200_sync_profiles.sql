-- Keeps profiles in step with users, the way Supabase projects create a profile row for every new auth user.
-- SET search_path FROM CURRENT pins the function to the schema it is created in (app), so its unqualified
-- table names resolve the same whatever search_path the session that fires the trigger uses.
CREATE FUNCTION sync_profile() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path FROM CURRENT
AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO profiles (user_id, display_name, email)
        VALUES (NEW.id, NEW.name, NEW.email);
    ELSIF NEW.email IS DISTINCT FROM OLD.email OR NEW.name IS DISTINCT FROM OLD.name THEN
        UPDATE profiles
           SET display_name = NEW.name,
               email        = NEW.email,
               updated_at   = now()
         WHERE user_id = NEW.id;
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER users_sync_profile_insert
    AFTER INSERT ON users
    FOR EACH ROW EXECUTE FUNCTION sync_profile();

CREATE TRIGGER users_sync_profile_update
    AFTER UPDATE OF email, name ON users
    FOR EACH ROW EXECUTE FUNCTION sync_profile();
