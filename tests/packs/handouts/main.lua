meta { title = "Handouts", language = "en", version = "test" }
start "welcome"
scene "welcome" { say "Hello.", go = "@end" }

handout "how_pain_works" {
  title = "How pain works",
  text = {
    "Pain is your body's alarm.",
    "## When the alarm is too loud",
    "The alarm can go off when there is little danger.",
  },
}

handout "scans" { title = "Scans and what they show", file = "handouts/scans.pdf" }
