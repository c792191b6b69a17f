def file = new File(basedir, 'src/main/resources/db/migrations/20260101000000_create_users.sql')
file.append('COMMENT ON TABLE users IS \'people who order\';\n')
return true
