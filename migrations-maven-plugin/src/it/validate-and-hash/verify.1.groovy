import groovy.json.JsonSlurper

def report = new JsonSlurper().parse(new File(basedir, 'target/migrations/validate.json'))
assert report.goal == 'validate'
assert report.status == 'OK'
assert report.format == 'atlas'
assert report.directories.size() == 1
assert report.directories[0].dir == 'src/main/resources/db/migrations'
assert report.directories[0].files == 2
def log = new File(basedir, 'build.log').text
assert log.count('atlas.sum matches: src/main/resources/db/migrations (2 files)') == 2
assert log.contains(':validate (default-cli) @ validate-and-hash')
assert log.contains(':validate (default) @ validate-and-hash')
return true
