import groovy.json.JsonSlurper

def report = new JsonSlurper().parse(new File(basedir, 'target/migrations/apply.json'))
assert report.status == 'OK'
assert report.applied == 0
assert report.files == []
assert report.current == '20260101000100'
def log = new File(basedir, 'build.log').text
assert log.contains('schema app is up to date at version 20260101000100 (2 files)')
return true
