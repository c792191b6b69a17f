import dev.migrations.maven.it.ItDatabase
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('(from DATABASE_URL)')
assert log.contains('-- dry run: nothing is written to the database')
assert log.contains('-- 2 file(s) would be applied, from version (none) to 20260101000100')
assert log.contains('CREATE TABLE users (')
assert log.contains("INSERT INTO users (email) VALUES ('ada@example.com');")

def plan = new JsonSlurper().parse(new File(basedir, 'target/migrations/apply.json'))
assert plan.dry_run == true
assert plan.status == 'PENDING'
assert plan.current == null
assert plan.next == '20260101000000'
assert plan.pending == ['20260101000000_create_users.sql', '20260101000100_create_orders.sql']
assert plan.files[0].statements.size() == 1
assert plan.files[0].statements[0].startsWith('CREATE TABLE users')
assert plan.files[1].statements.size() == 2

def status = new JsonSlurper().parse(new File(basedir, 'target/migrations/status.json'))
assert status.status == 'PENDING'
assert status.current == null
assert status.next == '20260101000000'
assert status.applied == 0
assert status.pending == ['20260101000000_create_users.sql', '20260101000100_create_orders.sql']
assert log.contains('Migration Status: PENDING')

def db = ItDatabase.open(itServerProperties, 'dry-run-status')
try {
    // no revisions table, no journal, no schema object at all
    assert db.tables('public') == []
} finally {
    db.close()
}
return true
