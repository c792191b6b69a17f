import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains('src/main/resources/db/migrations: the migration files do not match atlas.sum: '
        + 'L3: 20260101000100_create_orders.sql was edited')
assert log.contains("If the change was intended, rewrite atlas.sum with 'mvn migrations:hash'; otherwise revert your edit of "
        + '20260101000100_create_orders.sql')
assert !log.contains('migrations migrate hash')
assert !log.contains('writeSum()')

def report = new JsonSlurper().parse(new File(basedir, 'target/migrations/validate.json'))
assert report.status == 'FAILED'
assert report.errors.size() == 1
assert report.errors[0].problem == 'edited'
assert report.errors[0].file == '20260101000100_create_orders.sql'
assert report.errors[0].line == 3
assert report.errors[0].fix == 'mvn migrations:hash'
assert report.error.contains('20260101000100_create_orders.sql was edited')
return true
