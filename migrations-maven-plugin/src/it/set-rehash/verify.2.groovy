import groovy.json.JsonSlurper

def report = new JsonSlurper().parse(new File(basedir, 'target/migrations/set.json'))
assert report.status == 'OK'
assert report.current == '20260101000000'
assert report.changed == ['20260101000100']
return true
