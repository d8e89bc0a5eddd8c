-- journey.lua -- the patient's way through the pack, and its first and last screens.
--
--   welcome -> safety_intro -> safety_questions (areas, age, red flags, mood and RF-26)
--           -> safety_done, or safety_today after a "today" item    (red_flags.lua)
--           -> learn_real ... learn_change (15 short screens)         (learn.lua)
--           -> about_intro -> about_you -> about_more -> about_more_questions (about_you.lua)
--           -> my_questions (pick up to 5, type up to 3)              (questions.lua)
--           -> my_list -> goodbye -> @end (the warning signs: safety_net, at the end of this file)
--
-- The logic and the English words are written once, in these files; other languages are
-- string tables in strings/ (es.po; ar.po is an untranslated draft).
-- Spanish: one regional variety throughout, the Spanish of Spain, speaking to the patient as
-- "usted" (for example "conducir", "moratón", "urgencias", "Dígalo"). A clinic elsewhere
-- should have its own variety checked by a native speaker of it.
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

-- The safety net (CONTENT.md 1.4). The engine shows ui.safety_net (the cauda equina signs,
-- ui.lua) to everyone on the list, on the printout and on the last screen. After it, each
-- safety_net below whose condition holds, as a card of its own, in the same three places:
-- after cancer (spinal cord compression), and for pain in a limb or joint (a hot swollen
-- joint; a swollen calf with breathlessness). Each sign is written once, here.
local HAD_CANCER = answered("rf08_cancer", "yes", "unsure")
local LIMB = any(answered("areas", "arm", "leg", "other"), none(answered("areas")))

safety_net "cancer" {
  when = HAD_CANCER,
  title = "You told us you have had cancer. Get help straight away if any of these start:",
  signs = {
    "Back or neck pain that is new, very bad, or keeps getting worse.",
    "New numbness or weakness, or new trouble walking.",
  },
  action = "Then go to the emergency department, or call {emergency}.",
}

safety_net "limbs" {
  when = LIMB,
  title = "Get help straight away if any of these start:",
  signs = {
    "A joint quickly gets hot, swollen and very sore, with or without a fever.",
    "One calf becomes swollen and sore, and then you get short of breath or chest pain.",
  },
  action = "Then go to the emergency department, or call {emergency}.",
}

-- The last screen before the engine's own (thank you, the safety nets, leaflets).
scene "goodbye" {
  say "Thank you. We hope this helps you get the most from your appointment.",
  say "Nothing you told me has been saved.",
  go = "@end",
}
