meta { title = "Check test", version = "1", reviewed_by = "A. Physio", reviewed_on = "2026-11-01" }
start "welcome"
scene "welcome" { ask "seen", go = "menu" }
question "seen" { text = "Have you been here before?", options = { "Yes", "No" } }
scene "menu" {
  say "What would you like to do?",
  choice { "Tell me more", go = "more", when = answered("seen", "No") },
  choice { "My questions", go = "more", when = answered("seen", "Yes") },
}
scene "more" { say "Here is more.", go = "@end" }
