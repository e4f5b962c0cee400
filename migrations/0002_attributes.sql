-- Persisted index attributes, so cold start decodes them instead of re-running the indexer on every value.
-- attrs: the compact encoding of the row's Attributes, tagged with the indexer version that computed them
-- (see Sources/Storage/AttributesCodec.swift); NULL in rows written before this migration.
ALTER TABLE objects ADD COLUMN attrs BLOB;
ALTER TABLE events ADD COLUMN attrs BLOB;
