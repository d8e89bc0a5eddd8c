meta { title = "Check test", version = "1", reviewed_by = "A. Physio", reviewed_on = "2026-11-01" }
start "welcome"
scene "welcome" {
  say "Hello.",
  choice { "I want to learn how pain works. I want to know why it lasts. I want to know what I can do at home to feel better.", go = "@end" },
}
