import groovy.json.JsonSlurper

def report = new JsonSlurper().parse(new File(basedir, 'target/migrations/hash.json'))
assert report.status == 'OK'
assert report.written.size() == 1
assert report.written[0].sum_file == 'src/main/resources/db/migrations/atlas.sum'
assert report.written[0].files == 2
def log = new File(basedir, 'build.log').text
assert log.contains('wrote src/main/resources/db/migrations/atlas.sum (2 files)')
return true
