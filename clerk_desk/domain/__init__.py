"""The counter's rules, pure Python: no Qt, no SQL, no files, no clock."""
