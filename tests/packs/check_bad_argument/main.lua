meta { title = "Check test", version = "1", reviewed_by = "A. Physio", reviewed_on = "2026-11-01" }
start "welcome"
scene "welcome" {
  say(42),
  ask "pain",
  go = "@end",
}
question "pain" { text = "How much pain do you have now?", scale = { 0, 10 } }
note "pain" { when = at_least("pain", "seven"), text = "My pain is bad." }
