import dev.migrations.maven.it.ItDatabase

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains('table app.users')
assert log.contains('<baseline>')
assert !log.contains('--baseline')

def db = ItDatabase.open(itServerProperties, 'apply-options')
try {
    assert db.tables('app') == ['users']
} finally {
    db.close()
}
return true
