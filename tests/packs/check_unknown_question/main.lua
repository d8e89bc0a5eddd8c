meta { title = "Check test", version = "1", reviewed_by = "A. Physio", reviewed_on = "2026-11-01" }
start "welcome"
scene "welcome" {
  ask "pain_nwo",
  say "You said {answer:pian_now}.",
  go = "@end",
}
question "pain_now" { text = "How much pain do you have now?", scale = { 0, 10 } }
