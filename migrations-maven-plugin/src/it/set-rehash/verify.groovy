import groovy.json.JsonSlurper

def status = new JsonSlurper().parse(new File(basedir, 'target/migrations/status.json'))
assert status.status == 'PENDING'
assert status.current == '20260101000000'
assert status.pending == ['20260101000100_create_orders.sql']
assert status.problems == []
return true
