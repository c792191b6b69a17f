import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert !log.contains(itRolePassword)
assert !log.contains('Wrong-Secret-4242')
assert log.contains('it_settings_user:***@localhost:1/nowhere')
def report = new JsonSlurper().parse(new File(basedir, 'target/migrations/status.json'))
assert report.status == 'FAILED'
assert !report.error.contains('Wrong-Secret-4242')
new File(basedir, 'target/migrations').eachFile { assert !it.text.contains(itRolePassword) }
return true
