import dev.migrations.maven.it.ItDatabase

def db = ItDatabase.open(itServerProperties, 'apply-options')
try {
    db.execute('CREATE SCHEMA app')
    db.execute('CREATE TABLE app.users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL UNIQUE)')
} finally {
    db.close()
}
return true
