-- Schema 12: a marker of the stock as stored, so the finder's snapshot file beside the database
-- can tell whether it still holds this database's stock (InventoryService, StockSnapshot). The
-- database gets an id of its own; every write to the stock or to the catalog records the finder
-- indexes moves the generation on, whoever writes (a feed, vitrinectl, the hub), by triggers; a
-- write to those catalog records moves the catalog's generation on too, so a file whose stock is
-- older but whose catalog is the same can be shown while the stock is read afresh.
-- Triggers keep each body on one line: migrations are split at a ';' ending a line.
CREATE TABLE stock_generation (
    one        INTEGER PRIMARY KEY CHECK (one = 1),
    database   TEXT NOT NULL,
    generation INTEGER NOT NULL,
    catalog_generation INTEGER NOT NULL,
    -- Set by a writer of many cars inside its transaction (StockGeneration::standAside), which
    -- then moves the generation on once: a trigger per car costs a tenth of a large import.
    quiet      INTEGER NOT NULL DEFAULT 0 CHECK (quiet IN (0, 1))
);

INSERT INTO stock_generation (one, database, generation, catalog_generation) VALUES (1, lower(hex(randomblob(16))), 1, 1);

CREATE TRIGGER vehicle_generation_insert AFTER INSERT ON vehicle WHEN (SELECT quiet FROM stock_generation) = 0 BEGIN UPDATE stock_generation SET generation = generation + 1; END;
CREATE TRIGGER vehicle_generation_update AFTER UPDATE ON vehicle WHEN (SELECT quiet FROM stock_generation) = 0 BEGIN UPDATE stock_generation SET generation = generation + 1; END;
CREATE TRIGGER vehicle_generation_delete AFTER DELETE ON vehicle WHEN (SELECT quiet FROM stock_generation) = 0 BEGIN UPDATE stock_generation SET generation = generation + 1; END;
CREATE TRIGGER body_generation_insert AFTER INSERT ON body BEGIN UPDATE stock_generation SET generation = generation + 1, catalog_generation = catalog_generation + 1; END;
CREATE TRIGGER body_generation_update AFTER UPDATE ON body BEGIN UPDATE stock_generation SET generation = generation + 1, catalog_generation = catalog_generation + 1; END;
CREATE TRIGGER body_generation_delete AFTER DELETE ON body BEGIN UPDATE stock_generation SET generation = generation + 1, catalog_generation = catalog_generation + 1; END;
CREATE TRIGGER model_line_generation_insert AFTER INSERT ON model_line BEGIN UPDATE stock_generation SET generation = generation + 1, catalog_generation = catalog_generation + 1; END;
CREATE TRIGGER model_line_generation_update AFTER UPDATE ON model_line BEGIN UPDATE stock_generation SET generation = generation + 1, catalog_generation = catalog_generation + 1; END;
CREATE TRIGGER model_line_generation_delete AFTER DELETE ON model_line BEGIN UPDATE stock_generation SET generation = generation + 1, catalog_generation = catalog_generation + 1; END;
CREATE TRIGGER model_generation_insert AFTER INSERT ON model BEGIN UPDATE stock_generation SET generation = generation + 1, catalog_generation = catalog_generation + 1; END;
CREATE TRIGGER model_generation_update AFTER UPDATE ON model BEGIN UPDATE stock_generation SET generation = generation + 1, catalog_generation = catalog_generation + 1; END;
CREATE TRIGGER model_generation_delete AFTER DELETE ON model BEGIN UPDATE stock_generation SET generation = generation + 1, catalog_generation = catalog_generation + 1; END;
CREATE TRIGGER trim_generation_insert AFTER INSERT ON trim BEGIN UPDATE stock_generation SET generation = generation + 1, catalog_generation = catalog_generation + 1; END;
CREATE TRIGGER trim_generation_update AFTER UPDATE ON trim BEGIN UPDATE stock_generation SET generation = generation + 1, catalog_generation = catalog_generation + 1; END;
CREATE TRIGGER trim_generation_delete AFTER DELETE ON trim BEGIN UPDATE stock_generation SET generation = generation + 1, catalog_generation = catalog_generation + 1; END;
CREATE TRIGGER catalog_option_generation_insert AFTER INSERT ON catalog_option BEGIN UPDATE stock_generation SET generation = generation + 1, catalog_generation = catalog_generation + 1; END;
CREATE TRIGGER catalog_option_generation_update AFTER UPDATE ON catalog_option BEGIN UPDATE stock_generation SET generation = generation + 1, catalog_generation = catalog_generation + 1; END;
CREATE TRIGGER catalog_option_generation_delete AFTER DELETE ON catalog_option BEGIN UPDATE stock_generation SET generation = generation + 1, catalog_generation = catalog_generation + 1; END;
CREATE TRIGGER studio_generation_insert AFTER INSERT ON studio BEGIN UPDATE stock_generation SET generation = generation + 1, catalog_generation = catalog_generation + 1; END;
CREATE TRIGGER studio_generation_update AFTER UPDATE ON studio BEGIN UPDATE stock_generation SET generation = generation + 1, catalog_generation = catalog_generation + 1; END;
CREATE TRIGGER studio_generation_delete AFTER DELETE ON studio BEGIN UPDATE stock_generation SET generation = generation + 1, catalog_generation = catalog_generation + 1; END;
CREATE TRIGGER model_alias_generation_insert AFTER INSERT ON model_alias BEGIN UPDATE stock_generation SET generation = generation + 1, catalog_generation = catalog_generation + 1; END;
CREATE TRIGGER model_alias_generation_update AFTER UPDATE ON model_alias BEGIN UPDATE stock_generation SET generation = generation + 1, catalog_generation = catalog_generation + 1; END;
CREATE TRIGGER model_alias_generation_delete AFTER DELETE ON model_alias BEGIN UPDATE stock_generation SET generation = generation + 1, catalog_generation = catalog_generation + 1; END;
