"""Document importer: turn rectification documents and ledgers into a parse result."""
