-- A private question (read aloud only through headphones) in a pack whose Spanish table
-- lacks the words said in its place on a speaker, ui.read_private (W617).
meta { title = "Check", language = "en", version = "test", reviewed_by = "Dr Test", reviewed_on = "2026-01-01" }
start "welcome"
scene "welcome" { ask "bowel", go = "@end" }
question "bowel" { text = "Is it new for you to leak?", options = { "Yes", "No" }, private = true }
