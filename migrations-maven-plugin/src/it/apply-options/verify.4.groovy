import dev.migrations.maven.it.ItDatabase
import groovy.json.JsonSlurper

def report = new JsonSlurper().parse(new File(basedir, 'target/migrations/apply.json'))
assert report.status == 'APPLIED'
assert report.files*.file == ['20260101000050_create_audit.sql']

def db = ItDatabase.open(itServerProperties, 'apply-options')
try {
    assert db.tables('app').contains('audit')
} finally {
    db.close()
}
return true
