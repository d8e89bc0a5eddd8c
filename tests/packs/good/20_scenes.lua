scene "welcome" {
  say "Hello. While you wait, I can help you get ready for your appointment.",
  say "Nothing you tell me is saved.",
  picture "spine",
  choice { "Let's begin", go = "safety" },
  choice { "How pain works", go = "learn", when = answered("seen_before", "No") },
}

scene "learn" { say "Pain is real.", go = "safety" }

scene "safety" {
  ask "saddle",
  ask "areas",
  ask "pain_now" { when = answered("areas", "Back", "Neck") },
  jump { "my_questions", when = at_least("pain_now", 8) },
  ask "own",
  ask "seen_before",
  go = "my_questions",
}

scene "my_questions" {
  say "Pick the questions you want to ask." { when = visited("learn") },
  pick_prompts { max = 4, typed = 2 },
  go = "my_list",
}

scene "my_list" { show_list, go = "@end" }
