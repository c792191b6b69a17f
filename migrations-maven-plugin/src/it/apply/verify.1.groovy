import dev.migrations.maven.it.ItDatabase
import groovy.json.JsonSlurper

def report = new JsonSlurper().parse(new File(basedir, 'target/migrations/apply.json'))
assert report.status == 'APPLIED'
assert report.dry_run == false
assert report.schema == 'app'
assert report.applied == 2
assert report.from == null
assert report.current == '20260101000100'
assert report.files*.file == ['20260101000000_create_users.sql', '20260101000100_create_orders.sql']
assert report.files*.statements == [1, 2]

def db = ItDatabase.open(itServerProperties, 'apply')
try {
    assert db.tables('app') == ['atlas_schema_revisions', 'migrations_journal', 'orders', 'users']
    assert db.string('SELECT count(*) FROM app.users') == '1'
    assert db.strings('SELECT version FROM app.atlas_schema_revisions ORDER BY version') ==
            ['20260101000000', '20260101000100']
    assert db.tables('public') == []
} finally {
    db.close()
}
return true
