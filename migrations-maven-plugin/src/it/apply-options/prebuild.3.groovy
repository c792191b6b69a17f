new File(basedir, 'src/main/resources/db/migrations/20260101000050_create_audit.sql').text =
        'CREATE TABLE audit (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, note text);\n'
return true
