meta { title = "Check test", version = "1", reviewed_by = "A. Physio", reviewed_on = "2026-11-01" }
start "welcome"
scene "welcome" {
  say "Hello.",
  choice { "Yes. I want to know more. Tell me how pain works. Tell me why it can last a long time. Tell me what helps. Tell me what does not help. Tell me what I can do at home. Tell me what I can do at work. Tell me how to sleep well. Tell me how to move more. Tell me how to feel calm. Tell me when to ask for help. Tell me who to call. Tell me what to read. Tell me what to watch. Tell me what to ask my clinician. Tell me all of it now, please.", go = "@end" },
}
