"""The stages a document goes through, in order (clean, sections, tables, tasks, metadata, agencies, corrections), and the helpers they share (dates, numbering, citations, registry, cells, columns).

Each stage is a function ``stage(doc) -> doc`` on the document model (pipeline.model); none of them writes anything.
"""
