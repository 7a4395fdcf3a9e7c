"""One poll: each folder's new mail read, each message read once (parse, match, classify) and
stored with the folder's mark, in batches; the backfill of a folder's older mail."""
