-- journey.lua -- the patient's way through the English pack, and its first and last screens.
--
--   welcome -> safety_intro -> safety_questions -> safety_done      (red_flags.lua)
--           -> learn_real ... learn_change (15 short screens)         (learn.lua)
--           -> about_intro -> about_you -> about_more -> about_more_questions (about_you.lua)
--           -> my_questions (pick up to 5, type up to 3)              (questions.lua)
--           -> my_list -> goodbye -> @end                             (this file)
--
-- Every file in this folder must have a twin with the same ids in ../es/.
-- Clinical content: NOT YET REVIEWED. See red_flags.lua for the review record.

-- The pack's meta (title, language, review record) is in red_flags.lua, so that the clinician
-- who signs the review edits the file they reviewed.

start "welcome"

scene "welcome" {
  say "Hello. While you wait, I can help you get ready for your appointment.",
  say "First I will ask some safety questions. Then I will show you a few facts about pain, and help you make a list of questions for your clinician.",
  say "It takes about 5 to 10 minutes. Nothing you tell me is saved. You can stop at any time.",
  choice { "Let's begin", go = "safety_intro" },
}

scene "my_list" {
  say "Here is your list. You can show it to your clinician, or print it to take with you.",
  show_list,
  go = "goodbye",
}

-- The safety-net message (CONTENT.md 1.4). The engine also shows ui.safety_net on every
-- list and end screen, and prints it on every slip (ui.lua).
scene "goodbye" {
  say "Thank you. We hope this helps you get the most from your appointment.",
  say "Get help straight away if any of these start:",
  say "New numbness between your legs or around your bottom.",
  say "New trouble peeing, or leaking pee or poo.",
  say "New weakness in your legs that is getting worse.",
  say "Pain, numbness or pins and needles in both legs.",
  say "If this happens, go to the emergency department or call {emergency}. Do not wait for your next appointment.",
  say "Nothing you told me has been saved.",
  go = "@end",
}
