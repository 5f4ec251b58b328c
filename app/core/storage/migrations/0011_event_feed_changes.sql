-- Schema 11: the studio events the latest feed carrying events created or changed, for staff to
-- look over (the feed applier empties it when such a feed begins). Triggers keep each body on
-- one line: migrations are split at a ';' ending a line.
CREATE TABLE event_feed_change (
    event  TEXT PRIMARY KEY,
    change TEXT NOT NULL CHECK (change IN ('created', 'changed'))
);

CREATE TRIGGER studio_event_created AFTER INSERT ON studio_event
BEGIN INSERT OR IGNORE INTO event_feed_change (event, change) VALUES (NEW.id, 'created'); END;

CREATE TRIGGER studio_event_changed AFTER UPDATE OF doc, deleted ON studio_event WHEN OLD.doc IS NOT NEW.doc OR OLD.deleted != NEW.deleted
BEGIN INSERT OR IGNORE INTO event_feed_change (event, change) VALUES (NEW.id, 'changed'); END;
