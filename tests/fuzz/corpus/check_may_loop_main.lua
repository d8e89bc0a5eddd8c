meta { title = "Check test", version = "1", reviewed_by = "A. Physio", reviewed_on = "2026-11-01" }
start "welcome"
scene "welcome" { ask "seen", go = "hub" }
question "seen" { text = "Have you been here before?", options = { "Yes", "No" } }
scene "hub" {
  say "Welcome back." { when = answered("seen", "Yes") },
  jump { "again" },
}
scene "again" { go = "hub" }
