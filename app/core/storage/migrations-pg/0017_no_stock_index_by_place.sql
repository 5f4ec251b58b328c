-- Schema 17 on PostgreSQL: the stock's index by place goes (migrations/0017_no_stock_index_by_place.sql).
DROP INDEX vehicle_live;
