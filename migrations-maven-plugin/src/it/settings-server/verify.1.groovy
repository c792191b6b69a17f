import dev.migrations.maven.it.ItDatabase
import groovy.json.JsonSlurper

def report = new JsonSlurper().parse(new File(basedir, 'target/migrations/apply.json'))
assert report.status == 'APPLIED'
assert report.applied == 2
def log = new File(basedir, 'build.log').text
assert log.contains('Database it_settings_user:***@')

def db = ItDatabase.open(itServerProperties, 'settings-server')
try {
    // created by the login from settings.xml
    assert db.string("SELECT tableowner FROM pg_tables WHERE schemaname = 'public' AND tablename = 'orders'") ==
            'it_settings_user'
} finally {
    db.close()
}
return true
