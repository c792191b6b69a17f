import dev.migrations.maven.it.ItDatabase

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains('20260101000050')
assert log.contains('-Dmigrations.execOrder=')

def db = ItDatabase.open(itServerProperties, 'apply-options')
try {
    assert !db.tables('app').contains('audit')
    assert db.string("SELECT count(*) FROM app.atlas_schema_revisions WHERE version = '20260101000050'") == '0'
} finally {
    db.close()
}
return true
