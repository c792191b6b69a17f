import groovy.json.JsonSlurper

def report = new JsonSlurper().parse(new File(basedir, 'target/migrations/validate.json'))
assert report.status == 'OK'
def sum = new File(basedir, 'src/main/resources/db/migrations/atlas.sum').readLines()
assert sum.size() == 3
assert sum[0].startsWith('h1:')
assert sum[1].startsWith('20260101000000_create_users.sql h1:')
assert sum[2].startsWith('20260101000100_create_orders.sql h1:')
return true
