def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains('20260101000200')
assert log.contains('<strict>false</strict>')
return true
