-- onepage_list.lua -- a typical visit with no warning signs on the clinic pack (the knee
-- patient of clinic_journey_en.lua: 5 picked questions, one typed, 14 notes), printed. The
-- test (drive.cmake: drive_onepage_*) checks that the printout is one page, A4 and Letter.
include "helpers_clinic.lua"

-- Safety questions (a knee patient: no saddle or bladder questions).
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
  if i == 7 then
    expect "Many people with no knee or hip pain have small tears"
    expect_not "wear and tear"
  end
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
tap "Type my own question"
type "can i swim in the sea?"
tap "Add to my list"
expect_screen "pick"
tap "Next"

-- The list, printed.
expect_screen "list"
tap "Print my list"
expect_screen "printing"
local p = assert(printed(), "nothing printed")
assert(p:find("can i swim in the sea?", 1, true), "typed question not printed")
assert(not p:find("For staff", 1, true), "a For staff box with no flags")
