meta { title = "Bad table", language = "en", version = "test", reviewed_by = "Dr Test", reviewed_on = "2026-01-01" }
start "w"
scene "w" { say "Hello" }
