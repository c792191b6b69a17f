import dev.migrations.maven.it.ItDatabase
import groovy.json.JsonSlurper

def status = new JsonSlurper().parse(new File(basedir, 'target/migrations/status.json'))
assert status.goal == 'status'
assert status.status == 'OK'
assert status.current == '20260101000100'
assert status.next == null
assert status.applied == 2
assert status.pending == []
assert status.executed == ['20260101000000_create_users.sql', '20260101000100_create_orders.sql']
assert status.problems == []
def log = new File(basedir, 'build.log').text
assert log.contains('Migration Status: OK')

def db = ItDatabase.open(itServerProperties, 'apply')
try {
    // the second apply ran nothing: still one row
    assert db.string('SELECT count(*) FROM app.users') == '1'
} finally {
    db.close()
}
return true
