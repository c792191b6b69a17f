import dev.migrations.maven.it.ItDatabase

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains('20260101000200_broken.sql')

def db = ItDatabase.open(itServerProperties, 'tx-mode-all')
try {
    def tables = db.tables('app')
    assert tables.contains('users')
    assert tables.contains('orders')
    assert db.strings('SELECT version FROM app.atlas_schema_revisions WHERE applied = total ORDER BY version') ==
            ['20260101000000', '20260101000100']
} finally {
    db.close()
}
return true
