import groovy.json.JsonSlurper

def hash = new JsonSlurper().parse(new File(basedir, 'target/migrations/hash.json'))
assert hash.status == 'OK'
assert hash.written.size() == 1
assert hash.written[0].sum_file == 'src/main/resources/db/migrations/atlas.sum'
assert hash.written[0].files == 2
def log = new File(basedir, 'build.log').text
assert log.contains('wrote src/main/resources/db/migrations/atlas.sum (2 files)')

def sum = new File(basedir, 'src/main/resources/db/migrations/atlas.sum').readLines()
assert sum.size() == 3
assert sum[0].startsWith('h1:')
assert sum[1].startsWith('20260101000000_create_users.sql h1:')
assert sum[2].startsWith('20260101000100_create_orders.sql h1:')

// validate ran after hash in the last build, and passed
def validate = new JsonSlurper().parse(new File(basedir, 'target/migrations/validate.json'))
assert validate.status == 'OK'
assert log.lastIndexOf('BUILD SUCCESS') > log.lastIndexOf('BUILD FAILURE')
return true
