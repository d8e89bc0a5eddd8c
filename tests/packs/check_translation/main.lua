-- Every problem a string table can have (W611-W614, E615, W616, E604).
meta { title = "Check", language = "en", version = "test", reviewed_by = "Dr Test", reviewed_on = "2026-01-01" }
start "welcome"
scene "welcome" { say "Hello.", say "Call {emergency} now.", say "Thank you.", go = "@end" }
