import groovy.json.JsonSlurper

def hash = new JsonSlurper().parse(new File(basedir, 'target/migrations/hash.json'))
assert hash.status == 'OK'
def rehash = new JsonSlurper().parse(new File(basedir, 'target/migrations/rehash.json'))
assert rehash.status == 'OK'
assert rehash.edited.size() == 1
assert rehash.edited[0].contains('20260101000000_create_users.sql')
return true
