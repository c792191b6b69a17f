import dev.migrations.maven.it.ItDatabase
import groovy.json.JsonSlurper

def report = new JsonSlurper().parse(new File(basedir, 'target/migrations/apply.json'))
assert report.status == 'APPLIED'
assert report.applied == 2
assert report.files*.file == ['20260101000100_create_orders.sql', '20260101000200_index_orders_user.sql']

def db = ItDatabase.open(itServerProperties, 'apply-options')
try {
    assert db.tables('app') == ['atlas_schema_revisions', 'migrations_journal', 'orders', 'users']
    assert db.strings('SELECT version FROM app.atlas_schema_revisions ORDER BY version') ==
            ['20260101000000', '20260101000100', '20260101000200']
} finally {
    db.close()
}
return true
