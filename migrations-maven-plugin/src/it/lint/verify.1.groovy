import groovy.json.JsonSlurper

def report = new JsonSlurper().parse(new File(basedir, 'target/migrations/lint.json'))
assert report.goal == 'lint'
assert report.status == 'FAILED'
assert report.errors == 1
assert report.warnings == 1
assert report.files == ['20260101000000_users.sql', '20260101000100_age.sql']
assert report.findings*.code == ['MF103', 'PG101']
assert report.findings[0].file == '20260101000100_age.sql'
assert report.findings[0].line == 2
assert report.findings[0].table == 'users'
assert report.error.contains('migrations:lint found 1 error(s)')
def log = new File(basedir, 'build.log').text
assert log.contains('20260101000100_age.sql:2: MF103: NOT NULL column age is added to users without a default')
assert log.contains('fix: Give the column a default')
assert !log.contains('20260101000000_users.sql:2')
return true
