assert new File(basedir, 'src/main/resources/db/migrations/20260101000200_index_orders_user.sql').delete()
return true
