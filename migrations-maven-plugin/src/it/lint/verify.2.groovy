import groovy.json.JsonSlurper

def report = new JsonSlurper().parse(new File(basedir, 'target/migrations/lint.json'))
assert report.status == 'OK'
assert report.files == ['20260101000100_age.sql']
assert report.errors == 0
assert report.findings*.code == ['MF103', 'PG101']
assert report.findings*.severity == ['warning', 'warning']
def log = new File(basedir, 'build.log').text
assert log.contains('1 file(s) linted: 0 error(s), 2 warning(s)')
assert log.contains('BUILD SUCCESS')
return true
