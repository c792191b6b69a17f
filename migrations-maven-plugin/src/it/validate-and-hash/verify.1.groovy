import groovy.json.JsonSlurper

def report = new JsonSlurper().parse(new File(basedir, 'target/migrations/validate.json'))
assert report.goal == 'validate'
assert report.status == 'OK'
assert report.format == 'atlas'
assert report.directories.size() == 1
assert report.directories[0].dir == 'src/main/resources/db/migrations'
assert report.directories[0].files == 2
def log = new File(basedir, 'build.log').text
assert log.contains('atlas.sum matches: src/main/resources/db/migrations (2 files)')
return true
