-- Schema 17: the stock's index by place (vehicle_live, on deleted and location) goes. No query
-- asks for the cars at a place: the finder counts them in memory. What it served, the live cars
-- counted and listed (WHERE deleted = 0), the unique VIN index serves as well, being partial on
-- that same condition. Yet a dealer group's first feed of a hundred thousand cars built it again
-- in one pass, some 60 ms of the import (vitrine-bench --feeds), and any smaller feed kept it up
-- to date car by car.
DROP INDEX vehicle_live;
