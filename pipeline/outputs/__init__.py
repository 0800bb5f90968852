"""Where documents go once read: the databases (SQLite, PostgreSQL), the JSON and JSONL files, the exports people open (CSV, Excel, the review report), Akoma Ntoso and the data package.
"""
