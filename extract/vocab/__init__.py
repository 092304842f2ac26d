"""Vocabularies the extractor reads: data, not logic. Each module says where it came from."""
