question "saddle" { text = "Any numbness between your legs?", options = { "Yes", "No", "Not sure" } }
question "areas" { text = "Where is the pain?", options = { "Back", "Neck", "Knee" }, multiple = true }
question "pain_now" {
  text = "How bad is the pain now?",
  scale = { 0, 10 }, low = "No pain", high = "Worst pain imaginable",
}
question "own" { text = "Anything else?", typed = true, max = 120, hint = "Type it here" }
question "seen_before" { text = "Have you seen us before?", options = { "Yes", "No" }, required = true }
