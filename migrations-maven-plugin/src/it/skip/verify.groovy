def log = new File(basedir, 'build.log').text
assert log.contains('Skipping migrations:validate (migrations.skip)')
assert log.contains('Skipping migrations:apply (migrations.skip)')
assert log.contains('BUILD SUCCESS')
assert !new File(basedir, 'target/migrations').exists()
return true
