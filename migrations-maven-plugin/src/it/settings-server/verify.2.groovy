import groovy.json.JsonSlurper

def report = new JsonSlurper().parse(new File(basedir, 'target/migrations/status.json'))
assert report.status == 'OK'
assert report.applied == 2
return true
