import dev.migrations.maven.it.ItDatabase
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains('20260101000200_broken.sql')

def report = new JsonSlurper().parse(new File(basedir, 'target/migrations/apply.json'))
assert report.status == 'FAILED'

def db = ItDatabase.open(itServerProperties, 'tx-mode-all')
try {
    def tables = db.tables('app')
    assert !tables.contains('users')
    assert !tables.contains('orders')
    if (tables.contains('atlas_schema_revisions')) {
        assert db.strings('SELECT version FROM app.atlas_schema_revisions WHERE applied > 0') == []
    }
} finally {
    db.close()
}
return true
