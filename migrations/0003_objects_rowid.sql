-- objects becomes a rowid table. A WITHOUT ROWID table keeps at most about a quarter of a page of each
-- row in its tree, so every pod spilled into an overflow page (one more page written per write, one more
-- read per row at start-up); a rowid table keeps a row of up to a page in place, and the key gets its
-- own small unique index.
CREATE TABLE objects_rowid (
    key TEXT NOT NULL UNIQUE,
    rv INTEGER NOT NULL,
    create_rv INTEGER NOT NULL,
    value BLOB NOT NULL,
    attrs BLOB
);
INSERT INTO objects_rowid(key, rv, create_rv, value, attrs) SELECT key, rv, create_rv, value, attrs FROM objects;
DROP TABLE objects;
ALTER TABLE objects_rowid RENAME TO objects;
