-- The visitor's car in part-exchange as staff receive it with an expert call, a hold or a test
-- drive: make, model, year, mileage with its unit, condition and the estimate, as JSON. Never a
-- VIN and nothing of the person; it goes with its request or booking.
ALTER TABLE visitor_request ADD COLUMN trade_in TEXT;

CREATE TABLE booking_trade_in (
    booking TEXT PRIMARY KEY REFERENCES booking(id) ON DELETE CASCADE,
    car     TEXT NOT NULL CHECK (json_valid(car) AND json_type(car) = 'object')
);
