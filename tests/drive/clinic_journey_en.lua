-- clinic_journey_en.lua -- a whole visit in English, as a knee patient with no warning signs:
-- welcome, safety questions, the 15 screens on how pain works, about you, picking and typing
-- questions, the list (picked and typed questions, notes, safety net), goodbye, thank you.
-- On the way the language is switched to Spanish and back, keeping every answer.
include "helpers_clinic.lua"

local NOTES = "Things I'd like my clinician to know"
local QUESTIONS = "Questions I want to ask"

-- Welcome: what this is, how long, nothing saved, stop at any time.
start()
expect_screen "scene"
expect "I can help you get ready for your appointment."
expect "It takes about 5 to 10 minutes."
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
expect "Next, there are 15 short screens about how pain works."
expect_not "Some of your answers need a check today."
tap "Show me"

-- How pain works: one idea a screen.
local LEARN = {
  "Your pain is real.", "Pain is a protector.", "Hurt does not always mean harm.",
  "Your alarm system can get extra sensitive.", "like a dial.",
  "Your brain weighs up danger and safety.", "Scans often show changes in people with no pain at all.",
  "A scan is not always needed.", "For most people, pain in a knee, hip or shoulder is not dangerous.",
  "Movement helps.",
  "Avoiding movement can keep pain going.", "Flare-ups happen, and they usually settle.",
  "Sleep and pain affect each other.", "Learning about pain is part of treatment.",
  "Your nervous system can change.",
}
for i, words in ipairs(LEARN) do
  expect_screen "scene"
  expect(words)
  if i == 4 then shot "en_alarm" end
  if i == 5 or i == 6 then expect "This does not mean it is in your head or your fault." end
  if i == 7 then                                 -- the knee's version, not the back's
    expect "Many people with no knee or hip pain have small tears"
    expect_not "disc bulge"
    expect_not "wear and tear"
    shot "en_scans"
  end
  if i == 8 then expect "examining you" end
  if i == 9 then expect_not "Your clinician will check your answers first." end
  tap "Next"
end

-- About you: optional, unscored, each answer that matters becomes a note.
expect "There are no right or wrong answers, and there is no score."
tap "Start"
expect "What would you most like to be able to do again?"
tap "Walk further"
tap "Sleep better"
tap "Next"
expect "How have you been sleeping over the last 2 weeks?"
tap "Español"                                    -- switch language on any screen ...
expect "¿Cómo ha dormido en las últimas 2 semanas?"
assert(contains(list(), "Caminar más, Dormir mejor"), "answers lost when switching to Spanish")
tap "English"                                    -- ... and back, answers kept
expect "How have you been sleeping over the last 2 weeks?"
tap "Poor"
expect "Does pain wake you up at night?"
tap "Yes"
expect "How stressed have you felt lately?"
shot "en_scale"
tap "7"
expect "What is adding to your stress?"
tap "Money"
tap "Next"
expect "What worries you most about your pain?"
tap "I will need an operation"
tap "Next"
expect "Do you now avoid some things"
tap "Yes"
expect "Which ones?"
tap "Bending"
tap "Lifting"
tap "Next"
expect "To protect the sore area"
tap "Skip"
expect "What do you think is causing your pain?"
type "my knee cap"
shot "en_typed"
tap "Next"
expect "Has anything you were told about a scan or X-ray worried you?"
tap "No"
expect "How sure are you that your pain can get better?"
tap "3"
expect "There are a few more questions"
tap "Answer them"
expect "Have you had other injuries or operations before?"
tap "No"
expect "What have you tried for this pain so far?"
tap "Rest"
tap "Exercise"
tap "Next"
expect "What helped, and what did not?"
tap "Skip"
expect "On good days, do you do a lot, and then pay for it later?"
tap "Often"
expect "Is pain making any of these harder?"
tap "Work"
tap "Next"
expect "Are you off work because of your pain right now?"
tap "No"
expect "Who helps you at home?"
tap "Skip"
expect "What do you take for your pain?"
type "ibuprofen"
tap "Next"
expect "Do you have any other health problems"
tap "Skip"
expect "Have big or upsetting events in your life affected you lately?"
tap "No"

-- Your questions: pick up to 5, type up to 3.
expect_screen "pick"
expect "Pick up to 5 questions. You have picked 0."
local PICKED = {
  "Is it safe for me to bend and lift?",
  "What should I do if I have a flare-up?",
  "How will we know if the treatment is working?",
  "Which warning signs mean I should get help straight away?",
  "Can you write down the main points for me?",
}
for _, q in ipairs(PICKED) do tap(q) end
shot "en_pick"
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
assert(contains(q, "can i swim in the sea?"), "typed question missing")
local notes = section(NOTES)
for _, line in ipairs {
  "What I would most like to do again: Walk further, Sleep better.",
  "My sleep has been poor over the last 2 weeks.",
  "Pain wakes me up at night.",
  "How stressed I have felt lately: 7 out of 10.",
  "Things adding to my stress: Money.",
  "I worry that I will need an operation.",
  "I avoid some things, because I worry they will hurt me or cause damage.",
  "Things I avoid: Bending, Lifting.",
  "What I think is causing my pain: my knee cap",
  "How sure I am that my pain can get better: 3 out of 10.",
  "What I have tried so far: Rest, Exercise.",
  "On good days I often do a lot, and then pay for it later.",
  "Pain is making these harder: Work.",
  "What I take for my pain: ibuprofen",
} do
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
