-- clinic_journey_en.lua -- a whole visit in English, as a knee patient with no warning signs:
-- welcome, safety questions, the screens on how pain works (the 6 key ideas, then the 9
-- more), about you, the suggested questions ticked (one unticked), picking and typing questions, the list (picked and typed questions, notes, safety net), goodbye, thank you.
-- On the way the language is switched to Spanish and back, keeping every answer.
include "helpers_clinic.lua"

local NOTES = "Things I'd like my clinician to know"
local QUESTIONS = "Questions I want to ask"

-- Welcome: what this is, how long, nothing saved, stop at any time.
start()
expect_screen "scene"
expect "I can help you get ready for your appointment."
expect "It takes about 15 minutes."
expect "Nothing you tell me is saved."
expect "You can stop at any time."
shot "en_welcome"
tap "Start over"

-- Progress through the safety questions (issue 12), counted with the answers so far.
start()
tap "Let's begin"
tap "Next"
expect "Question 1 of"
tap "My leg, hip or knee"
tap "Next"
expect "Question 2 of"
tap "Start over"

-- Safety questions (a knee patient: no saddle or bladder questions), then mood.
safety({ "My leg, hip or knee" }, {}, nil, { "bike seat", "trouble peeing" })
expect_not "Some of your answers need a check today."

-- How pain works: the 6 key ideas (the knee's version of the scans screen), then the 9 more.
shot "en_learn_offer"
learn("leg", true)

-- About you: optional, unscored, each answer that matters becomes a note.
about_knee(true)

-- Your questions: the 3 the answers suggest are ticked already and shown first; the patient
-- unticks one, picks 3 more (5 at most) and types one.
expect "Suggested for you"
expect "Pick up to 5 questions. You have picked 3."
shot "en_pick"
tap "What should I do if I have a flare-up?"     -- untick a suggestion
expect "You have picked 2."
tap "Back"                                       -- back and forward again: it stays unticked
expect "Have big or upsetting events in your life affected you lately?"
tap "No"
expect_screen "pick"
expect "You have picked 2."
local PICKED = {
  "Which movements and activities are safe for me right now?",
  "Is it safe for me to bend and lift?",
  "How will we know if the treatment is working?",
  "Which warning signs mean I should get help straight away?",
  "Can you write down the main points for me?",
}
for i = 3, #PICKED do tap(PICKED[i]) end
expect "You have picked 5."
tap "Type my own question"
type "can i swim in the sea?"
tap "Add to my list"
expect_screen "pick"
tap "Next"

-- Your list: questions, notes, the safety net; nothing flagged.
expect_screen "list"
shot "en_list"
local q = section(QUESTIONS)
for _, p in ipairs(PICKED) do assert(contains(q, p), "picked question missing: " .. p) end
assert(not contains(q, "flare-up"), "an unticked suggestion is on the list")
assert(contains(q, "can i swim in the sea?"), "typed question missing")
local notes = section(NOTES)
for _, line in ipairs(KNEE_NOTES) do
  assert(contains(notes, line), "note missing: " .. line)
end
assert(not contains(notes, "feeling"), "a mood note for 'not at all'")
assert(not contains(notes, "scan"), "a scan note for 'no'")
local l = list()
assert(not contains(l, TODAY) and not contains(l, MENTION), "flags for a patient who said no")
assert(contains(section("When to get help straight away"),
                "call your local emergency number. Do not wait for your next appointment."),
       "no safety net on the list")
assert(l:find(NOTES, 1, true) > l:find(QUESTIONS, 1, true), "questions are not first")

-- The warning signs for a knee (a hot swollen joint, a swollen calf with breathlessness),
-- not those for cancer, are a card of their own on the list (safety_net "limbs").
local LIMBS = "Get help straight away if any of these start:"
assert(contains(section(LIMBS), "A joint quickly gets hot, swollen and very sore, with or without a fever."),
       "no joint sign on the list")
assert(contains(section(LIMBS), "call your local emergency number."), "no action on the limb card")
assert(not contains(list(), "You told us you have had cancer."), "cancer signs for a knee patient")
tap "Next"

-- Goodbye, then the thank-you screen: the cauda equina signs everyone gets, and the knee's.
expect_screen "scene"
expect "Nothing you told me has been saved."
shot "en_goodbye"
tap "Next"
expect_screen "end"
expect "Thank you. We hope your appointment goes well."
expect "New numbness between your legs or around your bottom."
expect "Do not wait for your next appointment."
expect "A joint quickly gets hot, swollen and very sore, with or without a fever."
expect "One calf becomes swollen and sore, and then you get short of breath or chest pain."
expect_not "You told us you have had cancer."
shot "en_end"
tap "Done"
expect_screen "attract"
assert(not contains(list(), "swim"), "the visit was not wiped")
