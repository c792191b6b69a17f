import dev.migrations.maven.it.ItDatabase
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains('20260101000100_create_orders.sql')
assert log.contains('relation "customers" does not exist')
assert log.contains("Fix the file, rewrite atlas.sum with 'mvn migrations:hash', then apply again.")
assert !log.contains('migrations migrate hash')

def report = new JsonSlurper().parse(new File(basedir, 'target/migrations/apply.json'))
assert report.status == 'FAILED'
assert report.applied == 1
assert report.files*.file == ['20260101000000_create_users.sql']
assert report.error.contains('20260101000100_create_orders.sql')

def db = ItDatabase.open(itServerProperties, 'failing-file')
try {
    def tables = db.tables('public')
    assert tables.contains('users')
    assert !tables.contains('orders')
} finally {
    db.close()
}
return true
