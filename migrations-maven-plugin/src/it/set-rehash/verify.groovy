import groovy.json.JsonSlurper

def status = new JsonSlurper().parse(new File(basedir, 'target/migrations/status.json'))
assert status.status == 'PENDING'
assert status.current == '20260101000000'
assert status.pending == ['20260101000100_create_orders.sql']
assert status.problems == []

def hash = new JsonSlurper().parse(new File(basedir, 'target/migrations/hash.json'))
assert hash.status == 'OK'
def rehash = new JsonSlurper().parse(new File(basedir, 'target/migrations/rehash.json'))
assert rehash.status == 'OK'
assert rehash.edited.size() == 1
assert rehash.edited[0].contains('20260101000000_create_users.sql')
return true
