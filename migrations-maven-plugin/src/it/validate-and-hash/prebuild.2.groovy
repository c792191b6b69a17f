def file = new File(basedir, 'src/main/resources/db/migrations/20260101000100_create_orders.sql')
file.append('CREATE INDEX orders_user_id_idx ON orders (user_id);\n')
return true
